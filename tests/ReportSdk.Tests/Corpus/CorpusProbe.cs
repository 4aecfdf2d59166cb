using System;
using System.IO;
using System.Linq;
using ReportSdk.Generator.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Corpus;

public class CorpusProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var rel in TestData.AllSeedFiles)
        {
            var parsed = ReportParser.Parse(rel, File.ReadAllText(Path.Combine(TestData.SeedsDir, rel)));
            var r = parsed.Reports.ToArray();
            string diags = string.Join(",", parsed.Diagnostics.Select(d => d.Id).Distinct());
            if (r.Length == 0) { output.WriteLine($"{rel}: NONE {diags}"); continue; }
            foreach (var m in r)
                output.WriteLine($"{rel}: n={r.Length} {m.Id} {m.Region} {m.Level} {m.DivisionCode} [{string.Join(">", m.Parents.Select(p => p.Name))}] rs={m.ReviewStartYear} d={m.DeliveredYear} r={m.ReviewYear} p={m.PlanYear} date={m.Date} sp={m.SpeakerTitle}/{m.Speaker} L{m.StartLine}-{m.EndLine} c={m.Complete} [{diags}] title={m.Title}");
        }
    }
}
