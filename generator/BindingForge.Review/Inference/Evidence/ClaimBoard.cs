namespace BindingForge.Review.Inference.Evidence;

/// <summary>
/// Where rules put their claims. Rules only add; the resolver reads everything once all rules have run, so the
/// order of the rule list decides nothing but the order of sources in the draft.
/// </summary>
internal sealed class ClaimBoard
{
    private readonly Dictionary<(Subject, string), List<Claim>> _claims = [];

    /// <summary>Adds a claim. The same rule saying the same thing twice counts once.</summary>
    public void Add(Claim claim)
    {
        var key = (claim.Subject, claim.Fact);
        if (!_claims.TryGetValue(key, out var list))
            _claims[key] = list = [];
        if (!list.Exists(c => c.Rule == claim.Rule && c.Value == claim.Value))
            list.Add(claim);
    }

    /// <summary>Adds a claim built from its parts.</summary>
    public void Add(Subject subject, string fact, string value, int strength, string rule, string source) =>
        Add(new Claim(subject, fact, value, strength, rule, source));

    /// <summary>Every claim about <paramref name="fact"/> of <paramref name="subject"/>.</summary>
    public IReadOnlyList<Claim> About(Subject subject, string fact) =>
        _claims.TryGetValue((subject, fact), out var list) ? list : [];

    /// <summary>Every subject of the given kind that has claims, in first-claim order.</summary>
    public IEnumerable<Subject> Subjects(SubjectKind kind) =>
        _claims.Keys.Select(k => k.Item1).Where(s => s.Kind == kind).Distinct();

    /// <summary>True when any rule said anything about <paramref name="fact"/> of <paramref name="subject"/>.</summary>
    public bool Has(Subject subject, string fact) => _claims.ContainsKey((subject, fact));

    /// <summary>Every claim, for reports and tests.</summary>
    public IEnumerable<Claim> All => _claims.Values.SelectMany(c => c);
}
