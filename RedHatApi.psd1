@{
    RootModule             = 'RedHatApi.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '5d0f7c9e-2b1a-4c8e-9a57-3f1e6b2d8c41'
    Author                 = 'RedHatApi contributors'
    CompanyName            = 'RedHatApi'
    Copyright              = '(c) RedHatApi contributors. MIT License.'
    Description            = 'Work with Red Hat APIs (SSO, RHSM, Assisted Installer, OpenShift, Ironic, Run:ai) from PowerShell: one session, self-refreshing tokens, streaming paged results.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @(
        'RedHatApi.Assisted.Format.ps1xml'
        'RedHatApi.Rhsm.Format.ps1xml'
        'RedHatApi.RhsmAllocation.Format.ps1xml'
        'RedHatApi.RhsmErrata.Format.ps1xml'
        'RedHatApi.RhsmImage.Format.ps1xml'
        'RedHatApi.RhsmSubscription.Format.ps1xml'
        'RedHatApi.Session.Format.ps1xml'
    )
    CmdletsToExport        = @(
        'Add-RhsmAllocationSubscription'
        'Add-RhsmSystemEntitlement'
        'Compare-RhsmInventory'
        'Connect-RedHatApi'
        'ConvertTo-RedHatApiRecord'
        'Disconnect-RedHatApi'
        'Get-AssistedCluster'
        'Get-AssistedEvent'
        'Get-AssistedOpenShiftVersion'
        'Get-RedHatApiSession'
        'Get-RedHatApiToken'
        'Get-RhsmAllocation'
        'Get-RhsmAllocationPool'
        'Get-RhsmAllocationVersion'
        'Get-RhsmErratum'
        'Get-RhsmErratumPackage'
        'Get-RhsmErratumSystem'
        'Get-RhsmImage'
        'Get-RhsmPackage'
        'Get-RhsmSubscription'
        'Get-RhsmSubscriptionContentSet'
        'Get-RhsmSubscriptionSystem'
        'Get-RhsmSystem'
        'Get-RhsmSystemEntitlement'
        'Get-RhsmSystemErratum'
        'Get-RhsmSystemPackage'
        'Invoke-RedHatApiRequest'
        'New-AssistedCluster'
        'New-RhsmAllocation'
        'Remove-AssistedCluster'
        'Remove-RhsmAllocation'
        'Remove-RhsmAllocationSubscription'
        'Remove-RhsmSystem'
        'Remove-RhsmSystemEntitlement'
        'Reset-AssistedCluster'
        'Save-RhsmImage'
        'Set-AssistedCluster'
        'Set-RhsmAllocationSubscription'
        'Start-AssistedClusterInstallation'
        'Stop-AssistedClusterInstallation'
        'Wait-AssistedCluster'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags       = @('RedHat', 'RHSM', 'OpenShift', 'AssistedInstaller', 'SSO', 'API', 'CMDB', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux')
            ProjectUri = 'https://github.com/redhatapi/RedHatApi'
            LicenseUri = 'https://github.com/redhatapi/RedHatApi/blob/main/LICENSE'
        }
    }
}
