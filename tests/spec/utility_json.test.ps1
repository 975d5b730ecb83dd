# ConvertTo-Json / ConvertFrom-Json (formatting.md Appendix A; 5.1 JavaScriptSerializer behaviour).

#### convertto-json appendix a example
# from: formatting.md Appendix A example (pwshlite writes LF instead of CRLF: spec decision "Line endings")
[ordered]@{Name='jdoe';Count=2;Tags=@('a','b');Nested=@{x=1}} | ConvertTo-Json
## STDOUT:
{
    "Name":  "jdoe",
    "Count":  2,
    "Tags":  [
                 "a",
                 "b"
             ],
    "Nested":  {
                   "x":  1
               }
}
## END

#### convertto-json compress and escaping
# from: formatting.md Appendix A rule 7 (\u0027 \u003c \u003e \u0026)
[pscustomobject]@{s="it's <b> & `"q`"";n=$null;b=$true;d=1.5} | ConvertTo-Json -Compress
## STDOUT:
{"s":"it\u0027s \u003cb\u003e \u0026 \"q\"","n":null,"b":true,"d":1.5}
## END

#### convertto-json several objects make an array
# from: formatting.md Appendix A rule 4
1, 'two' | ConvertTo-Json
## STDOUT:
[
    1,
    "two"
]
## END

#### convertto-json empty array
# from: formatting.md Appendix A rule 6
ConvertTo-Json -InputObject @()
## STDOUT:
[

]
## END

#### convertto-json default depth 2 truncates to the string form
# from: formatting.md Appendix A rule 7 (-Depth default 2); 5.1 writes deeper objects as strings, no warning
@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Compress
[pscustomobject]@{a=[pscustomobject]@{b=@(1,2)}} | ConvertTo-Json -Compress -Depth 1
## STDOUT:
{"a":{"b":{"c":"System.Collections.Hashtable"}}}
{"a":{"b":"1 2"}}
## END

#### convertto-json scalar and date
# from: formatting.md Appendix A rules 1 and 7 (dates as \/Date(ms)\/)
'x' | ConvertTo-Json
[datetime]'2020-01-01T00:00:00' | ConvertTo-Json
## STDOUT:
"x"
"\/Date(1577836800000)\/"
## END

#### convertto-json bad depth
# from: ConvertTo-Json -Depth [ValidateRange(1, int.MaxValue)]
1 | ConvertTo-Json -Depth 0
## STDOUT:
## END
## STDERR:
ConvertTo-Json : Cannot validate argument on parameter 'Depth'. The 0 argument is less than the minimum allowed range 
of 1. Supply an argument that is greater than or equal to 1 and then try the command again.
At line:2 char:27
+ 1 | ConvertTo-Json -Depth 0
+                           ~
    + CategoryInfo          : InvalidData: (:) [ConvertTo-Json], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToJsonCommand
 
## END
## status: 1

#### convertfrom-json object and types
# from: 5.1 JavaScriptSerializer: Int32 / Int64 / Decimal / Double
$o = '{"n":1,"big":3000000000,"dec":1.5,"exp":1e3,"s":"x","a":[1,2]}' | ConvertFrom-Json
$o.n.GetType().Name; $o.big.GetType().Name; $o.dec.GetType().Name; $o.exp.GetType().Name; $o.a.Count
## STDOUT:
Int32
Int64
Decimal
Double
2
## END

#### convertfrom-json array is one object
# from: 5.1 ConvertFrom-Json writes a JSON array as one object
('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count
## STDOUT:
1
## END

#### convertfrom-json lines are joined
# from: ConvertFrom-Json docs (Get-Content file | ConvertFrom-Json)
'{', '"a": 1', '}' | ConvertFrom-Json | Format-List
## STDOUT:


a : 1



## END

#### convertfrom-json invalid primitive
# from: JavaScriptSerializer message "Invalid JSON primitive"
'abc' | ConvertFrom-Json
## STDOUT:
## END
## STDERR:
ConvertFrom-Json : Invalid JSON primitive: abc.
At line:2 char:9
+ 'abc' | ConvertFrom-Json
+         ~~~~~~~~~~~~~~~~
    + CategoryInfo          : ParserError: (:) [ConvertFrom-Json], ArgumentException
    + FullyQualifiedErrorId : System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand
 
## END
## status: 1

#### convertfrom-json round trip
# from: ConvertTo-Json / ConvertFrom-Json docs
$j = [pscustomobject]@{Name='x';List=@(1,'two')} | ConvertTo-Json
$b = $j | ConvertFrom-Json
$b.Name; $b.List[1]
## STDOUT:
x
two
## END

#### convertto-json skips null input
# from: 5.1 ConvertToJsonCommand ([AllowNull] InputObject; ProcessRecord keeps only non-null objects, EndProcessing writes nothing when none)
$null | ConvertTo-Json
"count $(@(ConvertTo-Json -InputObject $null).Count)"
1, $null | ConvertTo-Json -Compress
## STDOUT:
count 0
1
## END

#### convertfrom-json empty string
# from: 5.1 ConvertFromJsonCommand ([AllowEmptyString] InputObject; JavaScriptSerializer reads "" as null, which is written)
"count $(@('' | ConvertFrom-Json).Count) null $($null -eq ('' | ConvertFrom-Json))"
## STDOUT:
count 1 null True
## END
