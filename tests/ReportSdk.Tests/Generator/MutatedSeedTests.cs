namespace ReportSdk.Tests.Generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// The real parser and the emitter together on damaged and hostile versions of the seeds: the generator never
/// fails (no RSDK009, no CS8785) and whatever it emits compiles warning-free.
/// </summary>
public class MutatedSeedTests
{
    public static TheoryData<int> Rounds => new() { 1, 2 };

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Mutated_seeds_never_break_the_generator_or_the_build(int round)
    {
        var random = new Random(round);
        var texts = TestData.SeedFiles
            .Select(path => GeneratorHarness.Text("/m/" + round + "/" + Path.GetFileName(path), Mutate(File.ReadAllLines(path), random)))
            .ToArray();

        var run = DriverRun.Start(texts);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "RSDK009" or "CS8785");
        GeneratorHarness.AssertCompiles(run.Output);
    }

    private static string Mutate(string[] lines, Random random)
    {
        var list = new List<string>(lines);
        for (int i = 0; i < 12 && list.Count > 0; i++)
        {
            int at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0: // hostile text inside a line
                    int col = random.Next(list[at].Length + 1);
                    list[at] = list[at].Substring(0, col) + Fixture.Hostile + list[at].Substring(col);
                    break;
                case 1: // a deleted line
                    list.RemoveAt(at);
                    break;
                case 2: // a duplicated line
                    list.Insert(at, list[at]);
                    break;
                case 3: // shuffled punctuation
                    list[at] = list[at].Replace('，', ',').Replace('。', '、').Replace('（', '(');
                    break;
                default: // random characters, surrogate halves included
                    var chars = Enumerable.Range(0, 8).Select(_ => (char)random.Next(0, 0x10000)).ToArray();
                    list[at] += new string(chars);
                    break;
            }
        }
        int keep = random.Next(list.Count / 2, list.Count + 1); // cut off somewhere in the second half
        return string.Join("\n", list.Take(keep));
    }
}
