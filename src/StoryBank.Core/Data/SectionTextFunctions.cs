using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Data;

/// <summary>
/// Maps <see cref="SectionText"/>'s checks to SQL, so a query and C# agree on what a filled section is:
/// <c>trim(text, white space) &lt;&gt; ''</c>, the same test as <see cref="string.IsNullOrWhiteSpace(string)"/>.
/// </summary>
internal static class SectionTextFunctions
{
    private static readonly BoolTypeMapping Bool = new("INTEGER");
    private static readonly IntTypeMapping Int = new("INTEGER");
    private static readonly string[] StarColumns = ["Situation", "Role", "Action", "Outcome"];

    public static void Register(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(SectionText).GetMethod(nameof(SectionText.IsFilled))!)
            .HasTranslation(args => Filled(args[0]));

        modelBuilder.HasDbFunction(typeof(SectionText).GetMethod(nameof(SectionText.CountFilled))!)
            .HasTranslation(args => args.Select(a => (SqlExpression)Filled(a))
                .Aggregate((sum, next) => new SqlBinaryExpression(ExpressionType.Add, sum, next, typeof(int), Int)));
    }

    /// <summary>The same count as raw SQL, for the queries written by hand (the FTS5 search): columns of table <paramref name="alias"/>.</summary>
    public static string CountFilledSql(string alias) =>
        string.Join(" + ", StarColumns.Select(c => $"(coalesce(trim({alias}.{c}, '{SectionText.WhiteSpace}'), '') <> '')"));

    private static SqlBinaryExpression Filled(SqlExpression text)
    {
        var trimmed = new SqlFunctionExpression(
            "trim",
            [text, new SqlConstantExpression(SectionText.WhiteSpace, text.TypeMapping)],
            nullable: true,
            argumentsPropagateNullability: [true, false],
            typeof(string),
            text.TypeMapping);

        // A NULL text is not filled: COALESCE keeps the comparison from turning NULL.
        var value = new SqlFunctionExpression("coalesce", [trimmed, new SqlConstantExpression("", text.TypeMapping)], nullable: false, [false, false], typeof(string), text.TypeMapping);
        return new SqlBinaryExpression(ExpressionType.NotEqual, value, new SqlConstantExpression("", text.TypeMapping), typeof(bool), Bool);
    }
}
