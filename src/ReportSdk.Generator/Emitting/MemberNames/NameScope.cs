using System;
using System.Collections.Generic;

namespace ReportSdk.Generator.Emitting.MemberNames;

/// <summary>
/// The names already taken in one C# scope (a class's members). <see cref="Claim"/> hands out a unique name
/// deterministically: the first claimant of 地区生产总值 keeps it, the next gets 地区生产总值_2, and so on.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved) _taken.Add(name);
    }

    /// <summary>Marks a name as used (no suffixing); returns false if it was taken already.</summary>
    public bool Reserve(string name) => _taken.Add(name);

    /// <summary>Returns <paramref name="identifier"/> or, if taken, the first free <c>identifier_N</c> (N ≥ 2).</summary>
    public string Claim(string identifier)
    {
        if (_taken.Add(identifier)) return identifier;
        for (int n = 2; ; n++)
        {
            string candidate = identifier + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate)) return candidate;
        }
    }
}
