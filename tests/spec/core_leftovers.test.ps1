# Core leftovers: Get-Member and Get-History views, Write-Progress off a terminal.

#### get-member groups members under the type name
# from: docs Get-Member example 1 (output grouped under "TypeName:", Name / MemberType / Definition)
'x' | Get-Member -Name Length, ToUpper
## STDOUT:


   TypeName: System.String

Name    MemberType Definition                                           
----    ---------- ----------                                           
ToUpper Method     string ToUpper(), string ToUpper(cultureinfo culture)
Length  Property   int Length {get;}                                    


## END

#### get-member of a custom object lists methods then note properties
# from: docs Get-Member (members sorted by MemberType, then Name); about_Format.ps1xml MemberDefinition view
[pscustomobject]@{Name = 'a'; Count = 2} | Get-Member
## STDOUT:


   TypeName: System.Management.Automation.PSCustomObject

Name        MemberType   Definition                    
----        ----------   ----------                    
Equals      Method       bool Equals(System.Object obj)
GetHashCode Method       int GetHashCode()             
GetType     Method       type GetType()                
ToString    Method       string ToString()             
Count       NoteProperty int Count=2                   
Name        NoteProperty string Name=a                 


## END

#### get-member reports each input type once
# from: docs Get-Member -InputObject / pipeline (one group per distinct type name)
1, 'a', 2 | Get-Member -Name ToString | ForEach-Object { "$($_.TypeName) $($_.MemberType)" }
## STDOUT:
System.Int32 Method
System.String Method
## END

#### history info objects print as id and command line
# from: docs Get-History example 1 (Id / CommandLine table of HistoryInfo objects)
$h = [pscustomobject]@{PSTypeName = 'Microsoft.PowerShell.Commands.HistoryInfo'; Id = 7; CommandLine = 'Get-Date'; ExecutionStatus = 'Completed'}
$h
## STDOUT:

  Id CommandLine                                                                                                       
  -- -----------                                                                                                       
   7 Get-Date                                                                                                          


## END

#### get-history is empty inside a batch command
# from: docs Get-History (the session history holds the commands entered at the prompt; a -Command run has none yet)
@(Get-History).Count
## STDOUT:
0
## END

#### write-progress shows nothing when not on a terminal
# from: docs Write-Progress (the progress bar is drawn by the console host); pwshlite deviation: batch output stays clean
for ($i = 1; $i -le 3; $i++) { Write-Progress -Activity 'Search in Progress' -Status "$i% Complete:" -PercentComplete $i }
Write-Progress -Activity 'Search in Progress' -Completed
'done'
## STDOUT:
done
## END
## STDERR:
## END

#### progress preference silentlycontinue is accepted
# from: about_Preference_Variables ($ProgressPreference)
$ProgressPreference = 'SilentlyContinue'
Write-Progress -Activity 'A' -Status 'B' -PercentComplete 50
$?
## STDOUT:
True
## END

#### add-member typename alone inserts a type name
# from: docs Add-Member (TypeNameSet: Add-Member -InputObject <PSObject> -TypeName <String> [-PassThru])
$o = [pscustomobject]@{A = 1} | Add-Member -TypeName My.Type -PassThru
$o.PSTypeNames -join ','
$o | Add-Member -NotePropertyName B -NotePropertyValue 2 -TypeName Other.Type
$o.PSTypeNames[0]
$o.B
## STDOUT:
My.Type,System.Management.Automation.PSCustomObject,System.Object
Other.Type
2
## END

#### add-member positional member type name and value
# from: docs Add-Member (-MemberType position 0, -Name position 1, -Value position 2; -NotePropertyName
# position 0 rejects member type names, 5.1 ValidateNotePropertyNameAttribute)
$o = [pscustomobject]@{A = 1}
$o | Add-Member NoteProperty Status Done
$o | Add-Member Owner admin
$o | Add-Member ScriptMethod Twice { $this.A * 2 }
$o.Status
$o.Owner
$o.Twice()
## STDOUT:
Done
admin
2
## END
