# A first script: variables, a function, a pipeline and formatted output
function Get-Greeting {
    param([Parameter(Mandatory = $true)][string]$Name)
    "Hello, $Name!"
}

$names = 'Tony', 'Maria', 'Kim'
$names | ForEach-Object { Get-Greeting -Name $_ }
'{0} names, longest is {1} characters' -f $names.Count, ($names | Measure-Object -Property Length -Maximum).Maximum
