using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using ReportSdk.Generator.Emitting.Naming;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Pipeline;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes the C# of one report: a static year class (e.g. <c>Beijing.Shijingshan.Y2023</c>) nested in its region
/// classes. Shape for cold start and build time: no static constructor, no static field initializers; each fact
/// member is <c>=&gt; __fact(i)</c>, one cached builder that reads row i of the report's literal tables (touching one
/// figure builds one object); the report object, its section tree (built by one loop over tables), fact list and
/// glossary are created on first access.
/// </summary>
internal static class ReportEmitter
{
    private const string Rt = "global::ReportSdk.";

    public static string Emit(ReportUnit unit, CancellationToken cancellationToken)
    {
        var model = unit.Model;
        var plan = unit.Plan;
        var names = FactNames.For(model.Facts, plan.YearClass);
        var w = new IndentedWriter();
        GeneratedCodeInfo.WriteHeader(w);
        w.Line("namespace " + unit.Options.Namespace + ";");
        w.Line();
        foreach (var cls in plan.ClassPath) w.Line("public static partial class " + cls).Open();

        w.Summary(ReportDoc(model));
        w.Line(GeneratedCodeInfo.Attribute);
        w.Line("public static partial class " + plan.YearClass).Open();
        WriteIdentity(w, model);
        WriteStandardMembers(w, model, names);
        WriteFactMembers(w, model, names, cancellationToken);
        WriteValues(w, model, names, unit.Options.EmitConstants);
        SectionEmitter.WriteOutline(w, model);
        WriteImpl(w, model, names, plan.YearClass, cancellationToken);
        w.Line();
        w.Line("private static " + Rt + "Report? __report;");
        w.Close();

        foreach (var _ in plan.ClassPath) w.Close();
        return w.ToString();
    }

    private static string[] ReportDoc(ReportModel m)
    {
        string who = Join(" ", m.SpeakerTitle, m.Speaker);
        string region = m.RegionEnglish is null ? m.Region : m.Region + " (" + m.RegionEnglish + ")";
        return new[]
        {
            m.Title,
            region + "，" + DocText.Int(m.DeliveredYear) + " 年" + (m.Date is null ? string.Empty : "（" + m.Date + "）") + (who.Length == 0 ? string.Empty : "，" + who),
            m.Congress ?? string.Empty,
            "Source: " + m.FileName + ", lines " + DocText.Int(m.StartLine) + "–" + DocText.Int(m.EndLine) + (m.Complete ? string.Empty : " (text cut off)"),
        };
    }

    private static void WriteIdentity(IndentedWriter w, ReportModel m)
    {
        w.Summary("Report id: " + m.Id + ".");
        w.Line("public const string Id = " + CSharpLiteral.String(m.Id) + ";");
        w.Summary("Region: " + m.Region + ".");
        w.Line("public const string Region = " + CSharpLiteral.String(m.Region) + ";");
        w.Summary("Year the report was delivered.");
        w.Line("public const int DeliveredYear = " + CSharpLiteral.Int(m.DeliveredYear) + ";");
        w.Summary("The report (metadata, sections, indicators, glossary), created on first access.", m.Title);
        w.Line("public static " + Rt + "Report Report => __report ?? Once(ref __report, new Impl());");
        w.Summary("Every numeric fact of the report, in text order (" + DocText.Int(m.Facts.Count) + ").");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + "Indicator> Indicators => Report.Indicators;");
        w.Summary("名词解释 entries (" + DocText.Int(m.Glossary.Count) + ").");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + "GlossaryEntry> Glossary => Report.Glossary;");
    }

    private static void WriteStandardMembers(IndentedWriter w, ReportModel m, FactNames names)
    {
        foreach (var (name, index) in names.Standard)
        {
            w.InheritDoc(names.Members[index]);
            w.Line("public static " + Rt + "Indicator " + name + " => " + names.Members[index] + ";");
        }
    }

    /// <summary>
    /// Each fact member is <c>=&gt; __fact(i)</c>: one cached builder per report reads entry i of two tables (numbers
    /// in an <c>int</c> array read as a <c>ReadOnlySpan</c>, stored by the compiler as data; texts in one string
    /// array built on first use), so a report compiles to a few methods instead of one per fact.
    /// </summary>
    private static void WriteFactMembers(IndentedWriter w, ReportModel m, FactNames names, CancellationToken cancellationToken)
    {
        for (int i = 0; i < m.Facts.Count; i++)
        {
            if ((i & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            w.Summary(FactDoc(m, m.Facts[i]));
            w.Line("public static " + Rt + "Indicator " + names.Members[i] + " => __fact(" + CSharpLiteral.Int(i) + ");");
        }
        w.Line();
        w.Line("// First access wins, also under a race: every caller sees the same instance.");
        w.Line("private static T Once<T>(ref T? field, T value) where T : class => global::System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;");
        if (m.Facts.Count == 0) return;
        w.Line();
        w.Line("private static " + Rt + "Indicator?[]? __facts;");
        w.Line("private static string?[]? __factText;");
        w.Line();
        w.Line("private static " + Rt + "Indicator __fact(int i)").Open();
        w.Line("var cache = __facts ?? Once(ref __facts, new " + Rt + "Indicator?[" + CSharpLiteral.Int(m.Facts.Count) + "]);");
        w.Line("return cache[i] ?? Once(ref cache[i], __newFact(i));");
        w.Close();
        w.Line();
        w.Line("private static " + Rt + "Indicator __newFact(int i)").Open();
        w.Line("// Per fact (" + CSharpLiteral.Int(FactStride) + "): standard, measure | status << 8, direction, qualifiers, last year, flags (2 main target, years before the last << 8), line, has high,");
        w.Line("// then value, high and unit factor as decimal bits (lo, mid, hi, flags).");
        w.Line("global::System.ReadOnlySpan<int> n = new int[]").Open();
        var row = new StringBuilder(160);
        foreach (var f in m.Facts)
        {
            row.Clear();
            Vocabulary.Units.TrySplit(f.Unit, out var factor, out _);
            AppendInts(row, f.Standard is { } s ? (int)s : 0, (int)f.Measure | ((int)f.Status << 8), f.Direction is { } d ? (int)d : 0, (int)f.Qualifiers, f.PeriodEnd,
                (f.MainTarget ? 2 : 0) | ((f.PeriodEnd - f.PeriodStart) << 8), f.Line, f.ValueHigh is null ? 0 : 1);
            AppendInts(row, decimal.GetBits(f.Value));
            AppendInts(row, decimal.GetBits(f.ValueHigh ?? 0m));
            AppendInts(row, decimal.GetBits(factor));
            w.Line(row.ToString().TrimEnd());
        }
        w.Close(";");
        w.Line("int o = i * " + CSharpLiteral.Int(FactStride) + ";");
        w.Line("var text = __factText ?? Once(ref __factText, __textTable());");
        w.Line("int t = i * 5;");
        w.Line("return new " + Rt + "Indicator(Id, text[t]!, n[o] == 0 ? null : (" + Rt + "StandardIndicator)n[o], new " + Rt + "Quantity(__dec(n, o + 8), text[t + 1]!, __dec(n, o + 16), text[t + 2]!), n[o + 7] == 0 ? null : __dec(n, o + 12), (" + Rt + "Measure)(n[o + 1] & 0xFF), (" + Rt + "FactStatus)(n[o + 1] >> 8), n[o + 2] == 0 ? null : (" + Rt + "Direction)n[o + 2], (" + Rt + "Qualifiers)n[o + 3], n[o + 4] - (n[o + 5] >> 8), n[o + 4], (n[o + 5] & 2) != 0, text[t + 3]!, n[o + 6], text[t + 4]);");
        w.Close();
        w.Line();
        w.Line("private static decimal __dec(global::System.ReadOnlySpan<int> n, int o) => new decimal(n[o], n[o + 1], n[o + 2], n[o + 3] < 0, (byte)((n[o + 3] >> 16) & 0xFF));");
        w.Line();
        w.Line("// Per fact: name, unit, base unit, quote, section.");
        w.Line("private static string?[] __textTable() => new string?[]").Open();
        foreach (var f in m.Facts)
        {
            Vocabulary.Units.TrySplit(f.Unit, out _, out var baseUnit);
            w.Line(CSharpLiteral.String(f.Name) + ", " + CSharpLiteral.String(f.Unit) + ", " + CSharpLiteral.String(baseUnit) + ", " + CSharpLiteral.String(f.Quote) + ", " + CSharpLiteral.String(f.Section) + ",");
        }
        w.Close(";");
    }

    private const int FactStride = 20;

    private static void AppendInts(StringBuilder row, params int[] values)
    {
        foreach (int v in values) row.Append(CSharpLiteral.Int(v)).Append(", ");
    }

    private static string[] FactDoc(ReportModel m, FactModel f)
        => new[]
        {
            DocText.FactHeadline(f) + (f.Standard is { } s ? " · " + s.ToString() : string.Empty),
            DocText.Quote(f.Quote),
            DocText.Where(m.FileName, f.Line, f.Section),
        };

    /// <summary>
    /// The figures as <c>const decimal</c>, only when constants are on (consumer default). With constants off (a
    /// library others compile against, such as the bundled data) the class is not emitted: a static property copy
    /// of every figure would only duplicate the typed members (<c>Gdp.Value</c>) and double the members to compile.
    /// </summary>
    private static void WriteValues(IndentedWriter w, ReportModel m, FactNames names, bool constants)
    {
        if (!constants || m.Facts.Count == 0) return;
        w.Line();
        w.Summary("The figures as constants (value as written, in the fact's unit).");
        w.Line("public static class Values").Open();
        foreach (var (name, index) in names.Standard)
        {
            w.InheritDoc(names.Members[index]);
            w.Line("public const decimal " + name + " = " + CSharpLiteral.Decimal(m.Facts[index].Value) + ";");
        }
        for (int i = 0; i < m.Facts.Count; i++)
        {
            w.Summary(DocText.FactHeadline(m.Facts[i]));
            w.Line("public const decimal " + names.Members[i] + " = " + CSharpLiteral.Decimal(m.Facts[i].Value) + ";");
        }
        w.Close();
    }

    private static void WriteImpl(IndentedWriter w, ReportModel m, FactNames names, string yearClass, CancellationToken cancellationToken)
    {
        w.Line();
        w.Line("private sealed class Impl : " + Rt + "Report").Open();
        w.Line("internal Impl()");
        w.Line("    : base(new " + Rt + "ReportInfo(" + ReportInfoArguments(m) + "))");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("private global::System.Collections.Generic.IReadOnlyList<" + Rt + "Section>? _sections;");
        w.Line("private global::System.Collections.Generic.IReadOnlyList<" + Rt + "Indicator>? _indicators;");
        w.Line("private global::System.Collections.Generic.IReadOnlyList<" + Rt + "GlossaryEntry>? _glossary;");
        w.Line();
        w.Line("public override global::System.Collections.Generic.IReadOnlyList<" + Rt + "Section> Sections => _sections ?? Once(ref _sections, SectionList());");
        w.Line("public override global::System.Collections.Generic.IReadOnlyList<" + Rt + "Indicator> Indicators => _indicators ?? Once(ref _indicators, IndicatorList());");
        w.Line("public override global::System.Collections.Generic.IReadOnlyList<" + Rt + "GlossaryEntry> Glossary => _glossary ?? Once(ref _glossary, GlossaryList());");
        w.Line();

        w.Line("private static global::System.Collections.Generic.IReadOnlyList<" + Rt + "Indicator> IndicatorList()").Open();
        w.Line("var all = new " + Rt + "Indicator[" + CSharpLiteral.Int(m.Facts.Count) + "];");
        if (m.Facts.Count > 0) w.Line("for (int i = 0; i < all.Length; i++) all[i] = __fact(i);");
        w.Line("return global::System.Array.AsReadOnly(all);");
        w.Close();
        w.Line();

        w.Line("private static global::System.Collections.Generic.IReadOnlyList<" + Rt + "GlossaryEntry> GlossaryList() => global::System.Array.AsReadOnly(new " + Rt + "GlossaryEntry[]").Open();
        foreach (var g in m.Glossary)
        {
            w.Line("new " + Rt + "GlossaryEntry(" + CSharpLiteral.Int(g.Number) + ", " + CSharpLiteral.String(g.Term) + ", " + CSharpLiteral.String(g.Definition) + ", " + CSharpLiteral.Int(g.Line) + "),");
        }
        w.Close(");");

        SectionEmitter.WriteBuilders(w, m, cancellationToken);
        w.Close();
    }

    private static string ReportInfoArguments(ReportModel m)
    {
        string date = "null";
        if (m.Date is not null && System.DateTime.TryParseExact(m.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = "new global::System.DateOnly(" + CSharpLiteral.Int(d.Year) + ", " + CSharpLiteral.Int(d.Month) + ", " + CSharpLiteral.Int(d.Day) + ")";
        }
        string source = "new " + Rt + "SourceRef(" + CSharpLiteral.String(m.FileName) + ", " + CSharpLiteral.Int(m.StartLine) + ", " + CSharpLiteral.Int(m.EndLine) + ", "
            + CSharpLiteral.String(m.Sha256) + ", " + CSharpLiteral.String(GeneratedCodeInfo.Version) + ")";
        return string.Join(", ", new[]
        {
            CSharpLiteral.String(m.Id),
            CSharpLiteral.String(m.Region),
            CSharpLiteral.String(m.RegionEnglish),
            EnumLiteral("RegionLevel", m.Level.ToString(), (int)m.Level),
            CSharpLiteral.Int(m.DeliveredYear),
            CSharpLiteral.Int(m.ReviewYear),
            CSharpLiteral.Int(m.PlanYear),
            date,
            CSharpLiteral.String(m.Speaker),
            CSharpLiteral.String(m.SpeakerTitle),
            CSharpLiteral.String(m.Congress),
            CSharpLiteral.String(m.Title),
            source,
            CSharpLiteral.Bool(m.Complete),
            CSharpLiteral.String(m.DivisionCode),
            Parents(m),
            CSharpLiteral.Int(m.ReviewStartYear),
        });
    }

    // The parent chain as a read-only list (never a bare array a caller could write to).
    private static string Parents(ReportModel m)
    {
        if (m.Parents.Count == 0) return "null";
        var items = new List<string>();
        foreach (var p in m.Parents)
        {
            items.Add("new " + Rt + "RegionRef(" + CSharpLiteral.String(p.Name) + ", " + CSharpLiteral.String(p.English) + ", " +
                      EnumLiteral("RegionLevel", p.Level.ToString(), (int)p.Level) + ", " + CSharpLiteral.String(p.Code) + ")");
        }
        return "global::System.Array.AsReadOnly(new " + Rt + "RegionRef[] { " + string.Join(", ", items) + " })";
    }

    /// <summary>A named enum member when the name is a plain identifier, else a cast of the number.</summary>
    internal static string EnumLiteral(string type, string name, int value)
        => IdentifierRules.ToIdentifier(name, string.Empty) == name && !char.IsDigit(name[0])
            ? Rt + type + "." + name
            : "(" + Rt + type + ")(" + CSharpLiteral.Int(value) + ")";

    private static string Join(string separator, params string?[] parts)
    {
        var list = new List<string>();
        foreach (var p in parts) if (!string.IsNullOrEmpty(p)) list.Add(p!);
        return string.Join(separator, list);
    }
}
