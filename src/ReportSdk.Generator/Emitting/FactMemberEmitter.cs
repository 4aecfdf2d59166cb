using System.Collections.Generic;
using System.Threading;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes the typed fact members of a year class (<c>Gdp</c>, <c>地区生产总值</c>, …) and the plumbing they read, in
/// one of two shapes (<see cref="Pipeline.GeneratorOptions.LazyFacts"/>):
/// <list type="bullet">
/// <item><b>Fields</b> (the default): <c>public static readonly Indicator 地区生产总值;</c>, all set by the class's one
/// field initializer, which hands <c>ReportTables.Assign</c> the report's facts and the members by <c>ref</c>, eight
/// to a call. A field costs the compiler about half of a property (no accessor to bind, lower and emit), and the
/// members are most of what compiling a project's reports costs. The report (with its data and fact cache) lives in a
/// nested class (<see cref="CacheClass"/>), so building the report, as the catalog does, sets no member.</item>
/// <item><b>Lazy</b> (<c>ReportSdkLazyFacts=true</c>, ReportSdk.dll): each member is <c>=&gt; __fact(i)</c>, one
/// accessor that has the report's <c>ReportData</c> (a field of the year class, shared with the report object) decode
/// row i: touching one figure builds that fact, not the report.</item>
/// </list>
/// </summary>
internal static class FactMemberEmitter
{
    private const string Rt = "global::ReportSdk.";
    private const string Tables = ReportEmitter.Tables;

    /// <summary>The nested class that holds the report and its fact cache in the fields shape.</summary>
    public const string CacheClass = "__Cache";

    /// <summary>How many members one <c>ReportTables.Assign</c> or <c>AssignSections</c> call sets (its larger overload).</summary>
    private const int AssignGroup = 8;

    /// <summary>The field the report object is cached in.</summary>
    public static string ReportCache(bool lazy) => lazy ? "__report" : CacheClass + ".Report";

    /// <summary>
    /// The report's data as the report object gets it: the lazy shape's field (shared with the fact members), or a new
    /// one in the fields shape, whose members read the report's facts.
    /// </summary>
    public static string DataOf(bool lazy) => lazy ? DataField : "new " + Rt + "Generated.ReportData(" + DataArguments + ")";

    private const string DataField = "__data";
    private const string DataArguments = "Id, " + ReportEmitter.Data;

    /// <summary>Writes the standard members, then a member for every named fact, then what sets or reads them.</summary>
    public static void Write(IndentedWriter w, ReportModel m, FactMemberNames names, bool lazy, CancellationToken cancellationToken)
    {
        var members = new List<(string Name, int Fact)>();
        foreach (var (name, index) in names.Standard)
        {
            if (names.Members[index] is { } member) w.InheritDoc(member);
            else if (w.Docs) w.Summary(Doc(m, m.Facts[index]));
            Declare(w, name, index, lazy);
            members.Add((name, index));
        }
        for (int i = 0; i < m.Facts.Count; i++)
        {
            if ((i & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (names.Members[i] is not { } member) continue;
            if (w.Docs) w.Summary(Doc(m, m.Facts[i]));
            Declare(w, member, i, lazy);
            members.Add((member, i));
        }
        if (lazy) WriteAccessor(w);
        else WriteAssignments(w, members);
    }

    /// <summary>
    /// The nested class of the fields shape that holds the report: apart from the year class, whose first field read
    /// runs its initializer (decoding every fact).
    /// </summary>
    public static void WriteCache(IndentedWriter w, bool lazy)
    {
        w.Line();
        if (lazy)
        {
            w.Line("private static " + Rt + "Report? __report;");
            return;
        }
        w.Line("// The report once built, apart from the fact members: building the report (as the catalog does) sets none.");
        w.Line("private static class " + CacheClass).Open();
        w.Line("internal static " + Rt + "Report? Report;");
        w.Close();
    }

    private static void Declare(IndentedWriter w, string name, int fact, bool lazy)
        => w.Line(lazy
            ? "public static " + Rt + "Indicator " + name + " => __fact(" + CSharpLiteral.Int(fact) + ");"
            : "public static readonly " + Rt + "Indicator " + name + ";");

    private static void WriteAccessor(IndentedWriter w)
    {
        w.Line();
        w.Line("private static readonly " + Rt + "Generated.ReportData " + DataField + " = new(" + DataArguments + ");");
        w.Line();
        w.Line("private static " + Rt + "Indicator __fact(int i) => " + DataField + ".Fact(i);");
    }

    private static void WriteAssignments(IndentedWriter w, List<(string Name, int Fact)> members)
    {
        if (members.Count > 0)
        {
            WriteInitializer(w, "// The fact members above, set together when one of them is first read (the report's facts are decoded then).",
                members.Count, (call, j) => call.Append(", ").Append(CSharpLiteral.Int(members[j].Fact)).Append(", ref ").Append(members[j].Name),
                _ => "Assign(Report.Indicators");
        }
    }

    /// <summary>
    /// Writes the one field initializer (<c>__members</c>) of the fields shape: <paramref name="count"/> members set by
    /// <c>ReportTables</c> calls of eight, then of one, each opened by <paramref name="open"/> (given the first member's
    /// position) and given its members by <paramref name="member"/>. The fact and the section members share it.
    /// </summary>
    internal static void WriteInitializer(IndentedWriter w, string comment, int count,
        System.Action<System.Text.StringBuilder, int> member, System.Func<int, string> open)
    {
        w.Line();
        w.Line(comment);
        w.Line("private static readonly int __members =").Indent();
        for (int k = 0; k < count;)
        {
            int n = count - k >= AssignGroup ? AssignGroup : 1;
            var call = new System.Text.StringBuilder(Tables).Append(open(k));
            for (int j = k; j < k + n; j++) member(call, j);
            k += n;
            w.Line(call.Append(k < count ? ") +" : ");").ToString());
        }
        w.Unindent();
    }

    private static string[] Doc(ReportModel m, FactModel f)
        => new[]
        {
            DocText.FactHeadline(f) + (f.Standard is { } s ? " · " + s.ToString() : string.Empty),
            DocText.Quote(f.Quote),
            DocText.Where(m, f.Line, f.Section),
        };
}
