namespace BindingForge.Contracts;

/// <summary>
/// The BF2xxx diagnostic ids of contract loading (BF20xx) and binding (BF21xx). Each has a page under
/// docs/diagnostics/.
/// </summary>
public static class ContractDiagnosticIds
{
    /// <summary>The contract file cannot be read.</summary>
    public const string Unreadable = "BF2000";

    /// <summary>The YAML does not parse.</summary>
    public const string YamlSyntax = "BF2001";

    /// <summary>The file holds no YAML document.</summary>
    public const string Empty = "BF2002";

    /// <summary>The file is not UTF-8 text (NUL bytes, invalid UTF-8).</summary>
    public const string NotText = "BF2003";

    /// <summary>YAML anchors and aliases are not allowed in contracts.</summary>
    public const string AliasNotAllowed = "BF2004";

    /// <summary>The file is too large or nested too deeply.</summary>
    public const string TooLarge = "BF2005";

    /// <summary>More than one YAML document in one contract file.</summary>
    public const string MultipleDocuments = "BF2006";

    /// <summary><c>bindingforge:</c> names a format version this build does not read.</summary>
    public const string UnsupportedVersion = "BF2007";

    /// <summary>A key the format does not define at that place.</summary>
    public const string UnknownKey = "BF2010";

    /// <summary>A value of the wrong kind (a list where a mapping belongs, text where a bool belongs ...).</summary>
    public const string WrongValueKind = "BF2011";

    /// <summary>A value outside a fact's fixed set (<c>threading</c>, <c>out</c>, <c>string</c> ...).</summary>
    public const string InvalidEnumValue = "BF2012";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "BF2013";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "BF2014";

    /// <summary>A name that must be a C# identifier (or namespace) is not one.</summary>
    public const string InvalidIdentifier = "BF2015";

    /// <summary>A library name or header path holds characters that would change its meaning in the loader or the parse.</summary>
    public const string InvalidFileName = "BF2016";

    /// <summary>A <c>clang_args:</c> entry is not a language or target option a contract may pass.</summary>
    public const string ClangArgumentRefused = "BF2017";

    /// <summary>A function's <c>signature:</c> is not one plain C prototype of that function.</summary>
    public const string InvalidSignature = "BF2018";

    /// <summary>A <c>functions:</c> entry names no function of the header.</summary>
    public const string UnknownFunction = "BF2101";

    /// <summary>A <c>params:</c> entry names no parameter of the function.</summary>
    public const string UnknownParameter = "BF2102";

    /// <summary>A C type name the header does not declare.</summary>
    public const string UnknownType = "BF2103";

    /// <summary>A fact names a function the header does not declare (<c>release</c>, <c>free</c>, <c>until</c> ...).</summary>
    public const string UnknownFunctionReference = "BF2104";

    /// <summary>A function named for a role (release, retain, init, cleanup, message) has the wrong signature.</summary>
    public const string WrongSignatureForRole = "BF2105";

    /// <summary>A fact names a parameter the function does not have (<c>length</c>, <c>of</c>, <c>user_data</c> ...).</summary>
    public const string MissingParameterReference = "BF2106";

    /// <summary><c>error:</c> names no <c>errors:</c> entry.</summary>
    public const string UnknownErrorDomain = "BF2107";

    /// <summary>A macro or enumerator name the header does not define (<c>success</c>, <c>value</c>).</summary>
    public const string UnknownConstant = "BF2108";

    /// <summary>Facts that contradict each other (owned and borrowed, leaf and blocking ...).</summary>
    public const string ConflictingFacts = "BF2109";

    /// <summary>A fact that does not fit the C type it is stated on (nullable on an int ...).</summary>
    public const string FactDoesNotFitType = "BF2110";

    /// <summary>An entry nothing uses (an error domain no function references).</summary>
    public const string UnusedEntry = "BF2111";

    /// <summary><c>parent:</c> on a handle names a type that is not a handle.</summary>
    public const string UnknownHandle = "BF2112";

    /// <summary>A function's return type is not the C type of the error domain it uses.</summary>
    public const string ErrorTypeMismatch = "BF2113";

    /// <summary>Several arguments could be an owned handle's parent; the contract must say which.</summary>
    public const string AmbiguousParent = "BF2114";

    /// <summary>An owned handle whose type declares a parent is created by a call with no argument of that type.</summary>
    public const string MissingParent = "BF2115";

    /// <summary>Two entries for the same C type.</summary>
    public const string DuplicateEntry = "BF2116";

    /// <summary>A struct field name the record does not have.</summary>
    public const string UnknownField = "BF2117";

    /// <summary>A callback with user data whose signature has no argument to carry it back.</summary>
    public const string CallbackUserDataArgument = "BF2118";

    /// <summary>A parameter's facts describe two shapes at once (a handle and an array, a length and a string ...).</summary>
    public const string AmbiguousShape = "BF2119";

    /// <summary>A function of an error domain's error state (<c>code</c>, <c>code_text</c>, <c>lock</c>'s
    /// <c>mutex</c>/<c>enter</c>/<c>leave</c>) has the wrong signature for its role.</summary>
    public const string ErrorStateSignature = "BF2120";

    /// <summary><c>code</c> or <c>lock</c> on a domain whose <c>message</c> does not take a handle: there is no per-handle
    /// error state to read or guard.</summary>
    public const string ErrorStateWithoutHandle = "BF2121";

    /// <summary><c>null_may_be_error</c> that cannot be checked: the return is not nullable, or the domain has no <c>code</c>.</summary>
    public const string NullMayBeErrorUnchecked = "BF2122";

    /// <summary>A <c>recover</c> function that does not take exactly the call's first handle.</summary>
    public const string RecoverDoesNotFit = "BF2123";

    /// <summary>An <c>error_parent</c> that is not one of the returned handle's parents.</summary>
    public const string ErrorParentNotParent = "BF2124";

    /// <summary>A <c>globals:</c> entry names no exported variable of the headers, or states a fact its type cannot have.</summary>
    public const string GlobalDoesNotFit = "BF2125";

    /// <summary>A pool fact (<c>from_pool</c>, <c>moves_to</c>, <c>clears</c>) names no pool argument, or sits on a value it cannot describe.</summary>
    public const string PoolFactDoesNotFit = "BF2140";

    /// <summary><c>kept_by</c> that names no other handle argument, or sits on a parameter that is not a handle argument.</summary>
    public const string KeptByDoesNotFit = "BF2150";

    /// <summary><c>updates</c> that names no handle argument of the returned handle's type, or sits on a return that is no such handle.</summary>
    public const string UpdatesDoesNotFit = "BF2151";

    /// <summary><c>resets</c> that names no handle argument.</summary>
    public const string ResetsDoesNotFit = "BF2152";

    /// <summary><c>duplicate_of</c> that names no handle argument of the type of the owned handle returned.</summary>
    public const string DuplicateOfDoesNotFit = "BF2153";

    /// <summary><c>consumed: on_success</c> on a call whose return cannot tell failure from success.</summary>
    public const string ConsumedOnSuccessUnchecked = "BF2154";

    /// <summary>A <c>scope: handle</c> callback on a call that takes no handle to keep it.</summary>
    public const string HandleScopeWithoutHandle = "BF2155";

    /// <summary><c>access: read</c> on a call that consumes, releases, retains or clears a handle, which changes it.</summary>
    public const string AccessConflict = "BF2160";

    /// <summary><c>access:</c> on a call that takes no handle: nothing to read or change.</summary>
    public const string AccessWithoutHandle = "BF2161";

    /// <summary>A <c>readers-writer</c> handle that no function reads: every call runs alone.</summary>
    public const string ReadersWriterWithoutReaders = "BF2162";

    /// <summary><c>base:</c> names no handle of the contract, the handle itself, or makes a cycle.</summary>
    public const string BaseNotAHandle = "BF2170";

    /// <summary><c>floating: true</c> on a result that is not an owned handle with a <c>sink</c> function.</summary>
    public const string FloatingWithoutSink = "BF2171";

    /// <summary><c>elements:</c> with a <c>free</c> that does not take the container and the element release, or an element release that does not take one pointer.</summary>
    public const string ElementsDoNotFit = "BF2172";

    /// <summary>Coverage: a pointer-bearing function with no ownership fact for some pointer it returns or takes.</summary>
    public const string UncoveredFunction = "BF2200";

    /// <summary>Coverage: a fact still marked <c>status: inferred</c>, not yet reviewed.</summary>
    public const string InferredFact = "BF2201";

    /// <summary>Drift: a <c>functions:</c> entry whose function the header no longer declares (removed or renamed).</summary>
    public const string StaleFunction = "BF2210";

    /// <summary>Drift: a <c>params:</c> key that is no longer a parameter of the function (its parameter list changed).</summary>
    public const string StaleParameter = "BF2211";

    /// <summary>Drift: a <c>handles:</c> or <c>structs:</c> key whose C type the header no longer declares.</summary>
    public const string StaleType = "BF2212";

    /// <summary>Drift: a fact names a function the header no longer declares (<c>release</c>, <c>free</c>, <c>until</c> ...).</summary>
    public const string StaleReference = "BF2213";

    /// <summary><c>init</c>: an inferred fact the binder rejected was left out of the draft.</summary>
    public const string DraftFactDropped = "BF2300";

    /// <summary><c>init</c>: the headers and selection give no function to draft a contract for.</summary>
    public const string NothingToInfer = "BF2301";

    /// <summary><c>init</c>: a section-3 manual page of a function was found but could not be read (not gzip, too long, no access); the draft is made without it.</summary>
    public const string ManualPageUnreadable = "BF2310";

    /// <summary><c>init</c>: the output file exists and <c>--force</c> was not given.</summary>
    public const string DraftExists = "BF2302";

    /// <summary><c>init</c>: the .gir describes a function with another number of parameters than the header declares (a .gir of another version); its facts are not used.</summary>
    public const string GirArityDrift = "BF2320";

    /// <summary><c>init</c>: the .gir describes functions the headers do not declare (a .gir of another version, or headers left out).</summary>
    public const string GirFunctionsMissing = "BF2321";

    /// <summary><c>init</c>: the .gir named by <c>--gir</c> cannot be read, or is not an introspection file.</summary>
    public const string GirUnreadable = "BF2322";

    /// <summary><c>init</c>: which introspection file the draft's facts come from, or that none describes the library.</summary>
    public const string IntrospectionSource = "BF2323";

    /// <summary><c>init</c>: a <c>--sources</c> folder or file that does not exist or cannot be read.</summary>
    public const string SourcesUnreadable = "BF2324";

    /// <summary><c>diff</c>: a contract version cannot be read (a missing file, a revision git does not know).</summary>
    public const string DiffInputUnreadable = "BF2400";

    /// <summary><c>diff</c>: a contract version has errors, so the comparison is incomplete (an error: the report is written, the run fails).</summary>
    public const string DiffInputInvalid = "BF2401";

    /// <summary>API record: the contract has no API record of its bound C surface next to it (<c>--update-api</c> writes one).</summary>
    public const string ApiRecordMissing = "BF2500";

    /// <summary>API record: an item the record states is changed or gone in the headers (a breaking change, or a stale record).</summary>
    public const string ApiRecordChanged = "BF2501";

    /// <summary>API record: the headers bind an item the record does not list (new API, or a stale record).</summary>
    public const string ApiRecordNew = "BF2502";

    /// <summary>API record: a line of the record file is not an item this build reads.</summary>
    public const string ApiRecordUnreadable = "BF2503";

    /// <summary>API record: <c>--update-api</c> wrote (or found current) the record.</summary>
    public const string ApiRecordWritten = "BF2504";

    /// <summary><c>enums:</c>: a value that names no integer constant, enumerator or C enum, an enum with no member,
    /// or two constants with one member name.</summary>
    public const string EnumDoesNotFit = "BF2190";

    /// <summary><c>enum:</c> on a parameter, return or error domain: no such <c>enums:</c> entry, or a C type that is not an integer.</summary>
    public const string EnumReference = "BF2191";

    /// <summary>API record: the record file cannot be written.</summary>
    public const string ApiRecordNotWritten = "BF2505";

    /// <summary><c>diff</c>: where the older side's C surface came from (headers at the revision, or its API record).</summary>
    public const string DiffSurfaceSource = "BF2510";

    /// <summary><c>diff</c>: the older side's C surface is unknown (headers outside the repository and no API record at the revision).</summary>
    public const string DiffSurfaceUnknown = "BF2511";

    /// <summary><c>probe</c>: no C compiler to build the tracer and the driver with.</summary>
    public const string ProbeNoCompiler = "BF2600";

    /// <summary><c>probe</c>: the tracer or the driver did not compile.</summary>
    public const string ProbeBuildFailed = "BF2601";

    /// <summary><c>probe</c>: the traced command could not start, or exited with a failure.</summary>
    public const string ProbeCommandFailed = "BF2602";

    /// <summary><c>probe</c>: a function's <c>probe: args</c> does not fit its parameters.</summary>
    public const string ProbeBadHint = "BF2603";

    /// <summary><c>probe</c>: the probe runs on x86-64 Linux only.</summary>
    public const string ProbeUnsupportedPlatform = "BF2604";

    /// <summary><c>probe</c>: the driver stopped during a self-driven call (a crash or a refused plan).</summary>
    public const string ProbeDriverStopped = "BF2605";

    /// <summary><c>probe</c>: a fact the probe refuted, at the line that states it.</summary>
    public const string ProbeRefuted = "BF2606";

    /// <summary><c>probe</c>: <c>--record</c> could not write a fact's status.</summary>
    public const string ProbeNotRecorded = "BF2607";

    /// <summary><c>probe</c>: the trace is incomplete (the tracer's table of blocks filled up, or a call nested too deep).</summary>
    public const string ProbeTraceIncomplete = "BF2608";
}
