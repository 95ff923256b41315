<#
.SYNOPSIS
    CMDB-style report of RHSM systems: name, UUID, last check-in, and whether the system is stale.
.DESCRIPTION
    Connects (to the sandbox when $SandboxUrl is set, else with REDHAT_OFFLINE_TOKEN), streams every registered
    system, and writes one line per system plus a summary. Runs in any PowerShell, including a runspace with only
    the Core cmdlets, so it uses -f formatting instead of Format-Table.
#>
param([int] $StaleAfterDays = 30)

if ($SandboxUrl) { Connect-RedHatApi -Sandbox $SandboxUrl } else { Connect-RedHatApi }

$now = [DateTimeOffset]::UtcNow
$stale = 0
$total = 0
'{0,-30} {1,-36} {2,-17} {3}' -f 'Name', 'UUID', 'Last check-in', 'Status'
'{0,-30} {1,-36} {2,-17} {3}' -f ('-' * 30), ('-' * 36), ('-' * 17), ('-' * 6)
Get-RhsmSystem | ForEach-Object {
    $total++
    $age = if ($_.LastCheckin) { ($now - $_.LastCheckin).TotalDays } else { [double]::MaxValue }
    $status = if ($age -gt $StaleAfterDays) { $stale++; 'STALE' } else { 'ok' }
    $checkin = if ($_.LastCheckin) { $_.LastCheckin.UtcDateTime.ToString('yyyy-MM-dd HH:mm') } else { 'never' }
    '{0,-30} {1,-36} {2,-17} {3}' -f $_.Name, $_.Uuid, $checkin, $status
}
''
'{0} systems, {1} not checked in for more than {2} days.' -f $total, $stale, $StaleAfterDays
$stats = (Get-RedHatApiSession).Statistics
'{0} API requests, {1} token refreshes.' -f $stats.Requests, $stats.TokenRefreshes
Disconnect-RedHatApi
