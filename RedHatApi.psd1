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
    FormatsToProcess       = @('RedHatApi.Session.Format.ps1xml', 'RedHatApi.Rhsm.Format.ps1xml', 'RedHatApi.Assisted.Format.ps1xml')
    CmdletsToExport        = @(
        'Compare-RhsmInventory'
        'Connect-RedHatApi'
        'ConvertTo-RedHatApiRecord'
        'Disconnect-RedHatApi'
        'Get-AssistedCluster'
        'Get-AssistedEvent'
        'Get-AssistedOpenShiftVersion'
        'Get-RedHatApiSession'
        'Get-RedHatApiToken'
        'Get-RhsmSystem'
        'Get-RhsmSystemErratum'
        'Get-RhsmSystemPackage'
        'Invoke-RedHatApiRequest'
        'New-AssistedCluster'
        'Remove-AssistedCluster'
        'Remove-RhsmSystem'
        'Reset-AssistedCluster'
        'Set-AssistedCluster'
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
