using System;

namespace RedHatApi.Errors;

/// <summary>
/// The PowerShell ErrorCategory of one ErrorId, written beside the id's definition in <see cref="ErrorIds"/>. It wins
/// over the HTTP status table, because the id knows more: a 409 about a cluster's state is an InvalidOperation, not
/// the ResourceExists a bare 409 means.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class ErrorIdCategoryAttribute : Attribute
{
    internal ErrorIdCategoryAttribute(ErrorKind category)
    {
        Category = category;
    }

    /// <summary>The category every ErrorRecord with this id carries.</summary>
    internal ErrorKind Category { get; }
}
