using System;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Which fact answers "the figure" of an indicator: the rules shared by series, comparisons and
/// <see cref="ReportExtensions"/>.
/// <list type="bullet">
/// <item>Results (any kind but target/targetGrowth) count for the report's review year, targets for its plan year;
/// cumulative spans (过去三年年均) never count.</item>
/// <item>For targets, 主要预期目标 figures win over other plan-year figures.</item>
/// <item>Where a group (a year of a series, a region of a comparison) has several candidates, the name used by the
/// most groups wins (区级一般公共预算收入 in every year rather than 地方级 in one), then text order.</item>
/// </list>
/// </summary>
internal static class FigureRules
{
    /// <summary>True for the kinds that stand for planned figures (a query by kind asks for targets or results).</summary>
    public static bool IsTargetKind(IndicatorKind kind) => kind is IndicatorKind.Target or IndicatorKind.TargetGrowth;

    /// <summary>The period a report's results (review year) or targets (plan year) refer to.</summary>
    public static int ExpectedPeriod(Report report, bool targets) =>
        FactKinds.DefaultPeriod(report.DeliveredYear, report.ReviewYear, report.PlanYear, targets);

    /// <summary>True when the fact is a result (or target) of its report's review (or plan) year, for that one year.</summary>
    public static bool Fits(Report report, Indicator indicator, bool targets) =>
        !indicator.IsSpan
        && indicator.IsTarget == targets
        && indicator.PeriodEnd == ExpectedPeriod(report, targets);

    /// <summary>Groups the candidates (in catalog order) and picks one fact per group.</summary>
    public static List<ReportFact> PickPerGroup<TKey>(IEnumerable<ReportFact> candidates, Func<ReportFact, TKey> groupOf, bool targets)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<ReportFact>>();
        var order = new List<TKey>();
        foreach (var fact in candidates)
        {
            var key = groupOf(fact);
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = new List<ReportFact>());
                order.Add(key);
            }
            list.Add(fact);
        }

        var pools = new List<List<ReportFact>>(order.Count);
        foreach (var key in order) pools.Add(targets ? MainTargetsOrAll(groups[key]) : groups[key]);
        var preferred = MostWidespreadName(pools);

        var picked = new List<ReportFact>(pools.Count);
        foreach (var pool in pools) picked.Add(Pick(pool, preferred));
        return picked;
    }

    /// <summary>The figure of one report: first fitting fact, 主要预期目标 first for targets.</summary>
    public static Indicator? PickInReport(Report report, StandardIndicator standard, bool targets)
    {
        Indicator? first = null;
        foreach (var fact in ReportFacts.Of(report).ByStandard(standard))
        {
            var indicator = fact.Indicator;
            if (!Fits(report, indicator, targets)) continue;
            if (!targets || indicator.MainTarget) return indicator;
            first ??= indicator;
        }
        return first;
    }

    private static List<ReportFact> MainTargetsOrAll(List<ReportFact> pool)
    {
        var main = pool.FindAll(f => f.Indicator.MainTarget);
        return main.Count > 0 ? main : pool;
    }

    private static string? MostWidespreadName(List<List<ReportFact>> pools)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstSeen = new List<string>();
        foreach (var pool in pools)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fact in pool)
            {
                var name = fact.Indicator.Name;
                if (!seen.Add(name)) continue;
                if (counts.TryGetValue(name, out var n)) counts[name] = n + 1;
                else
                {
                    counts.Add(name, 1);
                    firstSeen.Add(name);
                }
            }
        }
        string? best = null;
        var bestCount = 0;
        foreach (var name in firstSeen)
        {
            if (counts[name] > bestCount)
            {
                best = name;
                bestCount = counts[name];
            }
        }
        return best;
    }

    private static ReportFact Pick(List<ReportFact> pool, string? preferredName)
    {
        foreach (var fact in pool)
        {
            if (string.Equals(fact.Indicator.Name, preferredName, StringComparison.Ordinal)) return fact;
        }
        return pool[0];
    }
}
