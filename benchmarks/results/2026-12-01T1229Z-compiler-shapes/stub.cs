using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ReportSdk;
internal static class Stub
{
    public static int Assign(IReadOnlyList<Indicator> facts,
        int row0, [AllowNull] ref Indicator member0, int row1, [AllowNull] ref Indicator member1,
        int row2, [AllowNull] ref Indicator member2, int row3, [AllowNull] ref Indicator member3,
        int row4, [AllowNull] ref Indicator member4, int row5, [AllowNull] ref Indicator member5,
        int row6, [AllowNull] ref Indicator member6, int row7, [AllowNull] ref Indicator member7)
    { member0 = facts[row0]; member1 = facts[row1]; member2 = facts[row2]; member3 = facts[row3]; member4 = facts[row4]; member5 = facts[row5]; member6 = facts[row6]; member7 = facts[row7]; return 8; }
    public static int Assign(IReadOnlyList<Indicator> facts, int row, [AllowNull] ref Indicator member) { member = facts[row]; return 1; }
    public static int Assign(IReadOnlyList<Indicator> facts, string rows,
        [AllowNull] ref Indicator member0, [AllowNull] ref Indicator member1, [AllowNull] ref Indicator member2, [AllowNull] ref Indicator member3,
        [AllowNull] ref Indicator member4, [AllowNull] ref Indicator member5, [AllowNull] ref Indicator member6, [AllowNull] ref Indicator member7)
    { member0 = facts[rows[0]]; member1 = facts[rows[1]]; member2 = facts[rows[2]]; member3 = facts[rows[3]]; member4 = facts[rows[4]]; member5 = facts[rows[5]]; member6 = facts[rows[6]]; member7 = facts[rows[7]]; return 8; }
    public static int Assign(IReadOnlyList<Indicator> facts, string rows, [AllowNull] ref Indicator member) { member = facts[rows[0]]; return 1; }
}
