namespace RedHatApi.Errors;

/// <summary>
/// Every ErrorId RedHatApi writes (in Errors/, not Cmdlets/, because the engine raises most of them). They are contract: scripts match FullyQualifiedErrorId against them, so they
/// are never localised and never derived from message text. Each id declares its PowerShell ErrorCategory beside
/// its definition, so adding an id (a new API family adds its own) edits this file alone.
/// </summary>
public static class ErrorIds
{
    /// <summary>No -Session was given and no default session exists.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string NotConnected = nameof(NotConnected);

    /// <summary>The session has no credential for the client an API needs.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string CredentialNotFound = nameof(CredentialNotFound);

    /// <summary>No credential parameter and no REDHAT_* environment variable.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string CredentialMissing = nameof(CredentialMissing);

    /// <summary>SSO rejected the offline token (invalid_grant): expired, revoked or mistyped.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string InvalidOfflineToken = nameof(InvalidOfflineToken);

    /// <summary>The offline token belongs to another SSO client than the one used to refresh it.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string TokenClientMismatch = nameof(TokenClientMismatch);

    /// <summary>SSO rejected the service-account client id or secret (invalid_client).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string InvalidClientCredential = nameof(InvalidClientCredential);

    /// <summary>SSO refused the grant for another reason (unauthorized_client, not_allowed, invalid_scope, ...).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string TokenRequestRejected = nameof(TokenRequestRejected);

    /// <summary>A static -AccessToken has expired; static tokens cannot be refreshed.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string AccessTokenExpired = nameof(AccessTokenExpired);

    /// <summary>The API rejected the access token even after one forced refresh.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string AuthenticationFailed = nameof(AuthenticationFailed);

    /// <summary>The API answered 403.</summary>
    [ErrorIdCategory(ErrorKind.PermissionDenied)]
    public const string PermissionDenied = nameof(PermissionDenied);

    /// <summary>The proxy refused the connection or asked for credentials.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string ProxyError = nameof(ProxyError);

    /// <summary>The TLS handshake failed (untrusted certificate, name mismatch).</summary>
    [ErrorIdCategory(ErrorKind.SecurityError)]
    public const string TlsError = nameof(TlsError);

    /// <summary>The host could not be reached (DNS, refused, reset) after retries.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string NetworkError = nameof(NetworkError);

    /// <summary>A request took longer than -TimeoutSec.</summary>
    [ErrorIdCategory(ErrorKind.OperationTimeout)]
    public const string RequestTimeout = nameof(RequestTimeout);

    /// <summary>429 responses continued after every retry.</summary>
    [ErrorIdCategory(ErrorKind.LimitsExceeded)]
    public const string RateLimited = nameof(RateLimited);

    /// <summary>The server kept failing (5xx) after every retry.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string ServiceUnavailable = nameof(ServiceUnavailable);

    /// <summary>The API answered with a body RedHatApi could not read.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string InvalidResponse = nameof(InvalidResponse);

    /// <summary>A listing stopped part-way; the message gives the count written and the -Skip to resume.</summary>
    [ErrorIdCategory(ErrorKind.ReadError)]
    public const string ListingIncomplete = nameof(ListingIncomplete);

    /// <summary>A listing's next offset, cursor, marker or next link did not advance; it stopped after the items already written instead of asking for the same page forever.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string PagingLoopDetected = nameof(PagingLoopDetected);

    /// <summary>-Connection names no connection of the session (Invoke-RedHatApiRequest, Disconnect-RedHatApi).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string ConnectionNotFound = nameof(ConnectionNotFound);

    /// <summary>A parameter value cannot be sent (for example -PageSize above an endpoint's cap).</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string InvalidParameter = nameof(InvalidParameter);

    /// <summary>An RHSM system UUID does not exist.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmSystemNotFound = nameof(RhsmSystemNotFound);

    /// <summary>The CMDB records given to Compare-RhsmInventory or Compare-RedHatInventory have no such -Property column.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string InventoryPropertyNotFound = nameof(InventoryPropertyNotFound);

    /// <summary>One CMDB record has an empty host name (no value in any key column); it is left out and the comparison goes on.</summary>
    [ErrorIdCategory(ErrorKind.InvalidData)]
    public const string InventoryHostNameMissing = nameof(InventoryHostNameMissing);

    /// <summary>An RHSM subscription number is not one of the account's subscriptions.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmSubscriptionNotFound = nameof(RhsmSubscriptionNotFound);

    /// <summary>An RHSM system or subscription allocation does not hold the entitlement named (or does not exist).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmEntitlementNotFound = nameof(RhsmEntitlementNotFound);

    /// <summary>RHSM refused to attach a pool to a system or an allocation (unknown pool, not enough left, expired); the message gives its reason.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string RhsmAttachRejected = nameof(RhsmAttachRejected);

    /// <summary>An RHSM subscription allocation UUID does not exist.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmAllocationNotFound = nameof(RhsmAllocationNotFound);

    /// <summary>Remove-RhsmAllocation without -Force met an allocation that still has entitlements attached.</summary>
    [ErrorIdCategory(ErrorKind.ResourceBusy)]
    public const string RhsmAllocationHasEntitlements = nameof(RhsmAllocationHasEntitlements);

    /// <summary>A subscription allocation name breaks the API's naming rule; nothing was sent.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string RhsmAllocationNameInvalid = nameof(RhsmAllocationNameInvalid);

    /// <summary>RHSM refused to create a subscription allocation (name taken or invalid, unknown version); the message carries its reason.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string RhsmAllocationRejected = nameof(RhsmAllocationRejected);

    /// <summary>RHSM refused a new quantity for an attached entitlement; the message carries its reason.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string RhsmEntitlementQuantityRejected = nameof(RhsmEntitlementQuantityRejected);

    /// <summary>An RHSM advisory id does not exist.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmErratumNotFound = nameof(RhsmErratumNotFound);

    /// <summary>No RHSM package has the checksum.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmPackageNotFound = nameof(RhsmPackageNotFound);

    /// <summary>No RHSM image has the SHA-256 checksum asked for.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RhsmImageNotFound = nameof(RhsmImageNotFound);

    /// <summary>A downloaded image's SHA-256 differs from the one RHSM lists; the file was deleted.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string RhsmImageChecksumMismatch = nameof(RhsmImageChecksumMismatch);

    /// <summary>A download stopped after its retries; the bytes received stay in the .partial file for a re-run.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string RhsmDownloadFailed = nameof(RhsmDownloadFailed);

    /// <summary>The file an image would be saved to exists and -Force was not given.</summary>
    [ErrorIdCategory(ErrorKind.ResourceExists)]
    public const string RhsmImageFileExists = nameof(RhsmImageFileExists);

    /// <summary>An Assisted Installer cluster id (or literal -Name) does not exist.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedClusterNotFound = nameof(AssistedClusterNotFound);

    /// <summary>The cluster's state does not allow the operation (HTTP 409); the message names the state and what to do.</summary>
    [ErrorIdCategory(ErrorKind.InvalidOperation)]
    public const string AssistedClusterStateConflict = nameof(AssistedClusterStateConflict);

    /// <summary>Wait-AssistedCluster saw the cluster end in error or cancelled; the message carries its status_info.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string AssistedClusterFailed = nameof(AssistedClusterFailed);

    /// <summary>A wait ran out of -TimeoutSec; the message names the state reached.</summary>
    [ErrorIdCategory(ErrorKind.OperationTimeout)]
    public const string AssistedWaitTimeout = nameof(AssistedWaitTimeout);

    /// <summary>The pull secret is not the JSON document console.redhat.com hands out; nothing was sent.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string InvalidPullSecret = nameof(InvalidPullSecret);

    /// <summary>The Assisted Installer rejected a parameter or body value (HTTP 400, either error shape).</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string AssistedRequestInvalid = nameof(AssistedRequestInvalid);

    /// <summary>No OpenShift / Kubernetes cluster is connected to the session, or -Cluster names none of those connected.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string OpenShiftClusterNotConnected = nameof(OpenShiftClusterNotConnected);

    /// <summary>The kubeconfig file cannot be read or used: not YAML, no such context, a missing cluster or user entry, a bad server URL or CA.</summary>
    [ErrorIdCategory(ErrorKind.InvalidData)]
    public const string KubeconfigInvalid = nameof(KubeconfigInvalid);

    /// <summary>The kubeconfig user authenticates with something other than a bearer token (client certificate, exec plugin, auth provider, basic auth).</summary>
    [ErrorIdCategory(ErrorKind.NotImplemented)]
    public const string KubeconfigUserUnsupported = nameof(KubeconfigUserUnsupported);

    /// <summary>A named cluster object (service account, secret...) does not exist (HTTP 404).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string OpenShiftObjectNotFound = nameof(OpenShiftObjectNotFound);

    /// <summary>A cluster object of that name already exists (HTTP 409, reason AlreadyExists).</summary>
    [ErrorIdCategory(ErrorKind.ResourceExists)]
    public const string OpenShiftAlreadyExists = nameof(OpenShiftAlreadyExists);

    /// <summary>The cluster rejected the request as invalid (HTTP 422, reason Invalid); the message carries the cluster's own.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string OpenShiftInvalid = nameof(OpenShiftInvalid);

    /// <summary>A list's continue token expired (HTTP 410, reason Expired); run the command again to restart the list.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string OpenShiftContinueExpired = nameof(OpenShiftContinueExpired);

    /// <summary>The service account has no filled kubernetes.io/service-account-token secret (OpenShift 4.11 and later create none); use New-OpenShiftServiceAccountToken.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string LegacyTokenUnavailable = nameof(LegacyTokenUnavailable);

    /// <summary>Revoke-OpenShiftRole found no binding of that role with that subject in the scope asked.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string OpenShiftRoleNotBound = nameof(OpenShiftRoleNotBound);

    /// <summary>Get-/Watch-OpenShiftResource: the cluster serves no such API version, or no such kind in it (discovery).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string OpenShiftKindUnknown = nameof(OpenShiftKindUnknown);

    /// <summary>Watch-OpenShiftResource: the cluster ended the watch with an ERROR event other than 410 Gone.</summary>
    [ErrorIdCategory(ErrorKind.ReadError)]
    public const string OpenShiftWatchFailed = nameof(OpenShiftWatchFailed);

    /// <summary>An Assisted Installer infra-env id does not exist.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedInfraEnvNotFound = nameof(AssistedInfraEnvNotFound);

    /// <summary>An infra-env cannot be removed while hosts are registered with it (HTTP 409).</summary>
    [ErrorIdCategory(ErrorKind.ResourceBusy)]
    public const string AssistedInfraEnvHasHosts = nameof(AssistedInfraEnvHasHosts);

    /// <summary>An Assisted Installer host id does not exist in the given infra-env or cluster.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedHostNotFound = nameof(AssistedHostNotFound);

    /// <summary>The host's state does not allow the change (HTTP 409); the message names the state.</summary>
    [ErrorIdCategory(ErrorKind.InvalidOperation)]
    public const string AssistedHostStateConflict = nameof(AssistedHostStateConflict);

    /// <summary>The cluster's credentials or kubeconfig do not exist yet (HTTP 409 before the installation made them).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedClusterCredentialsNotAvailable = nameof(AssistedClusterCredentialsNotAvailable);

    /// <summary>A discovery ISO download stopped after its retries; the bytes received stay in the .partial file for a re-run.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string AssistedDownloadFailed = nameof(AssistedDownloadFailed);

    /// <summary>The file a discovery ISO or kubeconfig would be saved to exists and -Force was not given.</summary>
    [ErrorIdCategory(ErrorKind.ResourceExists)]
    public const string AssistedFileExists = nameof(AssistedFileExists);

    /// <summary>A downloaded discovery ISO is not an ISO 9660 image of the announced length; the file was deleted.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string AssistedDiscoveryIsoInvalid = nameof(AssistedDiscoveryIsoInvalid);

    /// <summary>An Assisted Installer user call on a session whose only Assisted credential is a pull secret (agent auth).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string UserCredentialRequired = nameof(UserCredentialRequired);

    /// <summary>An agent-facing Assisted Installer call on a session without a pull secret.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string AgentCredentialMissing = nameof(AgentCredentialMissing);

    /// <summary>The service refused the pull secret's agent token (401 on an agent-facing call).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string AgentAuthenticationFailed = nameof(AgentAuthenticationFailed);

    /// <summary>The cluster's OAuth server rejected the user name or password of Connect-RedHatApi -Credential (401 at /oauth/authorize).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string OpenShiftLoginFailed = nameof(OpenShiftLoginFailed);

    /// <summary>The cluster has no OAuth server for password logins (plain Kubernetes, or an external OIDC provider), or it is not on HTTPS.</summary>
    [ErrorIdCategory(ErrorKind.NotImplemented)]
    public const string OpenShiftOAuthNotAvailable = nameof(OpenShiftOAuthNotAvailable);

    /// <summary>The cluster's OAuth server answered a password login with an error or an unexpected answer; the message carries it.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string OpenShiftOAuthFailed = nameof(OpenShiftOAuthFailed);

    /// <summary>Get-OpenShiftRegistryCredential found no public host name of the cluster's image registry; pass -Registry or expose the registry's default route.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string OpenShiftRegistryNotExposed = nameof(OpenShiftRegistryNotExposed);

    /// <summary>No Ironic is connected to the session: run Connect-Ironic first.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string IronicNotConnected = nameof(IronicNotConnected);

    /// <summary>Ironic does not serve the microversion asked for (406, or an -ApiVersion outside its range), or a call needs a later version than the pinned one or the server's maximum; the message names the supported range.</summary>
    [ErrorIdCategory(ErrorKind.InvalidArgument)]
    public const string IronicApiVersionUnsupported = nameof(IronicApiVersionUnsupported);

    /// <summary>Ironic has no such node, or its agent lookup matched none (no node with those MACs or UUID, or restrict_lookup hid it: the node is not waiting for an agent and fast_track is off).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string IronicNodeNotFound = nameof(IronicNodeNotFound);

    /// <summary>Ironic refused the heartbeat's agent token: not the one the node's first lookup handed out.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string IronicAgentTokenInvalid = nameof(IronicAgentTokenInvalid);

    /// <summary>Ironic requires an agent token for the heartbeat and none was sent: look the node up first in this session, or pass -AgentToken.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string IronicAgentTokenRequired = nameof(IronicAgentTokenRequired);

    /// <summary>The node stayed locked by an Ironic conductor (409) through the heartbeat's pauses of 5, 10 and 30 s.</summary>
    [ErrorIdCategory(ErrorKind.ResourceBusy)]
    public const string IronicNodeLocked = nameof(IronicNodeLocked);

    /// <summary>An infra-env file the service cannot produce for that infra-env (no static network config, the initrd of a full ISO).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedInfraEnvFileNotAvailable = nameof(AssistedInfraEnvFileNotAvailable);

    /// <summary>Set-AssistedHost -InstallationDisk names a disk that is not in the host's inventory or cannot hold the installation.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedHostDiskNotFound = nameof(AssistedHostDiskNotFound);

    /// <summary>An Assisted Installer cluster has no custom manifest of that folder and file name (or the cluster does not exist).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedManifestNotFound = nameof(AssistedManifestNotFound);

    /// <summary>A custom manifest cannot be added or changed (HTTP 409): the file exists, or the cluster's installation started.</summary>
    [ErrorIdCategory(ErrorKind.InvalidOperation)]
    public const string AssistedManifestConflict = nameof(AssistedManifestConflict);

    /// <summary>The Assisted Installer supports no operator of that name.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedOperatorNotFound = nameof(AssistedOperatorNotFound);

    /// <summary>The Assisted Installer has no operator bundle of that id.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedOperatorBundleNotFound = nameof(AssistedOperatorBundleNotFound);

    /// <summary>Disable-AssistedOperator named an operator the cluster does not have as an OLM operator.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedOperatorNotEnabled = nameof(AssistedOperatorNotEnabled);

    /// <summary>A cluster file or the cluster's logs do not exist yet (HTTP 409 before the installation made them).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string AssistedClusterFileNotAvailable = nameof(AssistedClusterFileNotAvailable);

    /// <summary>A downloaded cluster file or log archive is not of the announced length or format; the file was deleted.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string AssistedClusterFileInvalid = nameof(AssistedClusterFileInvalid);

    /// <summary>No Run:ai control plane is connected to the session: run Connect-RunAi first (or set RUNAI_URL, RUNAI_CLIENT_ID and RUNAI_CLIENT_SECRET and run Connect-RunAi alone).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string RunAiNotConnected = nameof(RunAiNotConnected);

    /// <summary>Run:ai's token endpoint refused the application's client id or secret (v2, v1 or the Keycloak realm).</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string RunAiCredentialInvalid = nameof(RunAiCredentialInvalid);

    /// <summary>Run:ai answered 403: the application lacks the role the call needs (Researcher for workloads, Editor for projects and departments, Administrator for users, access rules and clusters); the message names it.</summary>
    [ErrorIdCategory(ErrorKind.PermissionDenied)]
    public const string RunAiPermissionDenied = nameof(RunAiPermissionDenied);

    /// <summary>Run:ai has no project with that id or name.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RunAiProjectNotFound = nameof(RunAiProjectNotFound);

    /// <summary>Run:ai has no department with that id or name.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RunAiDepartmentNotFound = nameof(RunAiDepartmentNotFound);

    /// <summary>Run:ai has no cluster with that UUID or name.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RunAiClusterNotFound = nameof(RunAiClusterNotFound);

    /// <summary>Run:ai already has a project or department of that name in the cluster (409).</summary>
    [ErrorIdCategory(ErrorKind.ResourceExists)]
    public const string RunAiNameConflict = nameof(RunAiNameConflict);

    /// <summary>Run:ai has no workload with that id (it was deleted, or the id is of another tenant): list them with Get-RunAiWorkload (-Deleted for deleted ones).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RunAiWorkloadNotFound = nameof(RunAiWorkloadNotFound);

    /// <summary>Run:ai has no endpoint for that action on the workload's type (inference workloads are not suspended or resumed); nothing was sent.</summary>
    [ErrorIdCategory(ErrorKind.InvalidOperation)]
    public const string RunAiWorkloadActionUnsupported = nameof(RunAiWorkloadActionUnsupported);

    /// <summary>Run:ai has no role of that name; the message lists the roles there are (Get-RunAiRole).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RunAiRoleNotFound = nameof(RunAiRoleNotFound);

    /// <summary>No such Run:ai access rule: the id does not exist, or the subject has no rule giving the role in that scope (Get-RunAiAccessRule lists them).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string RunAiAccessRuleNotFound = nameof(RunAiAccessRuleNotFound);
    /// <summary>Compare-RedHatInventory -Source names a source the session has no connection to (Ironic, OpenShift, the console inventory); connect first or leave it out.</summary>
    [ErrorIdCategory(ErrorKind.AuthenticationError)]
    public const string InventorySourceNotConnected = nameof(InventorySourceNotConnected);

    /// <summary>An allocation's manifest export job did not finish within -TimeoutSec; run Export-RhsmAllocationManifest again with a larger one.</summary>
    [ErrorIdCategory(ErrorKind.OperationTimeout)]
    public const string RhsmManifestExportTimeout = nameof(RhsmManifestExportTimeout);

    /// <summary>The file a manifest would be saved to exists and -Force was not given.</summary>
    [ErrorIdCategory(ErrorKind.ResourceExists)]
    public const string RhsmManifestFileExists = nameof(RhsmManifestFileExists);

    /// <summary>A manifest download stopped after its retries; the bytes received stay in the .partial file for a re-run.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string RhsmManifestDownloadFailed = nameof(RhsmManifestDownloadFailed);

    /// <summary>A downloaded manifest is not a readable zip with consumer_export.zip and signature; the file was deleted.</summary>
    [ErrorIdCategory(ErrorKind.InvalidData)]
    public const string RhsmManifestInvalid = nameof(RhsmManifestInvalid);

    /// <summary>The console.redhat.com inventory holds no host with this id (deleted, culled, or another organization's).</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string InventoryHostNotFound = nameof(InventoryHostNotFound);

    /// <summary>console.redhat.com refused a service account (403): an Organization Administrator must add it to a User Access group whose roles cover the service.</summary>
    [ErrorIdCategory(ErrorKind.PermissionDenied)]
    public const string ConsoleServiceAccountNotInGroup = nameof(ConsoleServiceAccountNotInGroup);

    /// <summary>The export service keeps no export with this id: unknown, deleted, or older than its 7 days.</summary>
    [ErrorIdCategory(ErrorKind.ObjectNotFound)]
    public const string InventoryExportNotFound = nameof(InventoryExportNotFound);

    /// <summary>The inventory export ended in failed; the message carries the service's reason.</summary>
    [ErrorIdCategory(ErrorKind.InvalidResult)]
    public const string InventoryExportFailed = nameof(InventoryExportFailed);

    /// <summary>The inventory export was not complete within -TimeoutSec; pick it up later with -ExportId.</summary>
    [ErrorIdCategory(ErrorKind.OperationTimeout)]
    public const string InventoryExportTimeout = nameof(InventoryExportTimeout);

    /// <summary>The downloaded export is not a zip with a .json or .csv data file.</summary>
    [ErrorIdCategory(ErrorKind.InvalidData)]
    public const string InventoryExportInvalid = nameof(InventoryExportInvalid);

    /// <summary>The file -Path names exists and -Force was not given.</summary>
    [ErrorIdCategory(ErrorKind.ResourceExists)]
    public const string InventoryExportFileExists = nameof(InventoryExportFileExists);

    /// <summary>The export's download stopped after its retries; the bytes received are kept and the same command resumes.</summary>
    [ErrorIdCategory(ErrorKind.ConnectionError)]
    public const string InventoryExportDownloadFailed = nameof(InventoryExportDownloadFailed);

    /// <summary>Prefix of the fallback id for an HTTP status with no specific id: HttpStatus404, HttpStatus500...</summary>
    public const string HttpStatusPrefix = "HttpStatus";

    /// <summary>An unexpected failure inside RedHatApi; please report it.</summary>
    [ErrorIdCategory(ErrorKind.InvalidOperation)]
    public const string UnexpectedError = nameof(UnexpectedError);
}
