namespace RedHatApi.Errors;

/// <summary>
/// The engine's names for the PowerShell ErrorCategory values RedHatApi uses. The engine knows nothing of PowerShell
/// (it could become its own assembly), so it names categories here and the cmdlet layer's ErrorMapper turns each
/// name into the System.Management.Automation value of the same name; a unit test keeps the two in step.
/// </summary>
internal enum ErrorKind
{
    /// <summary>Credentials are missing, wrong or expired.</summary>
    AuthenticationError,

    /// <summary>The credential is valid but not allowed (403).</summary>
    PermissionDenied,

    /// <summary>The host could not be reached or kept failing.</summary>
    ConnectionError,

    /// <summary>TLS failed.</summary>
    SecurityError,

    /// <summary>A request or a wait took too long.</summary>
    OperationTimeout,

    /// <summary>Rate limits were hit after every retry.</summary>
    LimitsExceeded,

    /// <summary>The answer (or a downloaded file) is not what it should be.</summary>
    InvalidResult,

    /// <summary>A parameter or request value was refused.</summary>
    InvalidArgument,

    /// <summary>Input data (a kubeconfig, a CMDB row) cannot be used.</summary>
    InvalidData,

    /// <summary>The named object does not exist.</summary>
    ObjectNotFound,

    /// <summary>The object is in use and cannot change now.</summary>
    ResourceBusy,

    /// <summary>The object (or the file) already exists.</summary>
    ResourceExists,

    /// <summary>The object's state does not allow the operation.</summary>
    InvalidOperation,

    /// <summary>The server or the module does not support the way asked for.</summary>
    NotImplemented,

    /// <summary>A stream or listing broke off part-way.</summary>
    ReadError,
}
