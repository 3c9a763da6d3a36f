namespace BindingForge.Model.Contracts;

/// <summary>What an error domain's <c>message</c> function takes.</summary>
public enum ErrorMessageSource
{
    /// <summary>No message function: the exception carries the code only.</summary>
    None,

    /// <summary>The call's first handle argument (<c>sqlite3_errmsg(db)</c>).</summary>
    Handle,

    /// <summary>The error code itself (<c>zError(code)</c>, <c>sqlite3_errstr(rc)</c>).</summary>
    Code,
}
