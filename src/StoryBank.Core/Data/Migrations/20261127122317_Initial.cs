using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace StoryBank.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Cues = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsCanonical = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false),
                    Metrics = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceEndLine = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FollowUps = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StoryQuestions",
                columns: table => new
                {
                    QuestionsId = table.Column<int>(type: "INTEGER", nullable: false),
                    StoriesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryQuestions", x => new { x.QuestionsId, x.StoriesId });
                    table.ForeignKey(
                        name: "FK_StoryQuestions_Questions_QuestionsId",
                        column: x => x.QuestionsId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoryQuestions_Stories_StoriesId",
                        column: x => x.StoriesId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Categories",
                columns: new[] { "Id", "Cues", "Description", "Name", "Slug", "SortOrder" },
                values: new object[,]
                {
                    { 1, "[\"proud\",\"biggest impact\",\"most significant\",\"accomplishment\",\"achievement\",\"favorite project\",\"best project\"]", "Amazon Leadership Principles: Think Big, Invent and Simplify. Meta signal areas: Driving Results.", "Proudest work & impact", "impact", 1 },
                    { 2, "[\"conflict\",\"difficult to work with\",\"difficult coworker\",\"difficult colleague\",\"tension\",\"clash\"]", "Amazon Leadership Principles: Earn Trust. Meta signal areas: Resolving Conflicts.", "Conflict with peers", "conflict", 2 },
                    { 3, "[\"disagree\",\"disagreement\",\"push back\",\"pushed back\",\"challenged\",\"upward\",\"went against\"]", "Amazon Leadership Principles: Have Backbone; Disagree and Commit. Meta signal areas: Resolving Conflicts.", "Disagreeing & pushing back", "disagreement", 3 },
                    { 4, "[\"feedback\",\"criticism\",\"critique\",\"review\"]", "Amazon Leadership Principles: Earn Trust, Learn and Be Curious. Meta signal areas: Growing Continuously.", "Giving & receiving feedback", "feedback", 4 },
                    { 5, "[\"mistake\",\"failure\",\"failed\",\"fail\",\"wrong\",\"regret\",\"misstep\",\"learned from\"]", "Amazon Leadership Principles: Earn Trust, Learn and Be Curious. Meta signal areas: Growing Continuously.", "Mistakes & failures", "failure", 5 },
                    { 6, "[\"over your head\",\"ambiguous\",\"ambiguity\",\"unclear\",\"uncertain\",\"new to you\",\"learn quickly\",\"out of your depth\",\"without enough data\"]", "Amazon Leadership Principles: Are Right, A Lot, Learn and Be Curious. Meta signal areas: Embracing Ambiguity.", "Ambiguity & stretch", "ambiguity", 6 },
                    { 7, "[\"turned around\",\"turnaround\",\"failing\",\"ownership\",\"initiative\",\"outside your scope\",\"took charge\",\"nobody asked\"]", "Amazon Leadership Principles: Ownership, Bias for Action. Meta signal areas: Driving Results.", "Ownership & turnarounds", "ownership", 7 },
                    { 8, "[\"deadline\",\"pressure\",\"deliver\",\"persever\",\"under time\",\"tight timeline\",\"setback\"]", "Amazon Leadership Principles: Deliver Results. Meta signal areas: Driving Results.", "Delivering under pressure", "results", 8 },
                    { 9, "[\"priorit\",\"trade-off\",\"tradeoff\",\"competing\",\"too much work\",\"scope\",\"frugal\",\"what to work on\"]", "Amazon Leadership Principles: Frugality, Ownership. Meta signal areas: Driving Results.", "Prioritization & trade-offs", "prioritization", 9 },
                    { 10, "[\"customer\",\"client\",\"user\",\"persona\",\"stakeholder need\"]", "Amazon Leadership Principles: Customer Obsession. Meta signal areas: Driving Results.", "Customer focus", "customer", 10 },
                    { 11, "[\"difficult problem\",\"hard problem\",\"hardest\",\"bug\",\"root cause\",\"debug\",\"solved\",\"technical challenge\",\"complex\"]", "Amazon Leadership Principles: Dive Deep, Insist on the Highest Standards. Meta signal areas: Driving Results.", "Hard problems & diving deep", "problem-solving", 11 },
                    { 12, "[\"grown people\",\"grow people\",\"mentor\",\"coach\",\"lead a team\",\"led a team\",\"develop\",\"hire\",\"underperform\"]", "Amazon Leadership Principles: Hire and Develop the Best, Strive to be Earth's Best Employer. Meta signal areas: Growing Continuously.", "Leadership & growing people", "leadership", 12 },
                    { 13, "[\"influence\",\"convince\",\"persuade\",\"without authority\",\"cross-team\",\"across teams\",\"align\",\"buy-in\",\"communicat\"]", "Amazon Leadership Principles: Earn Trust, Think Big. Meta signal areas: Communicating Effectively.", "Influence & collaboration", "influence", 13 },
                    { 14, "[\"why \",\"why?\",\"motivat\",\"leaving\",\"interested in\",\"join\",\"what excites\"]", "Amazon Leadership Principles: . Meta signal areas: Motivation.", "Motivation & fit", "motivation", 14 },
                    { 15, "[\"strength\",\"good at\",\"superpower\",\"best at\"]", "Amazon Leadership Principles: . Meta signal areas: .", "Strengths", "strengths", 15 },
                    { 16, "[\"weakness\",\"improve on\",\"growth area\",\"development area\",\"worst at\"]", "Amazon Leadership Principles: . Meta signal areas: Growing Continuously.", "Weaknesses & growth areas", "weaknesses", 16 }
                });

            migrationBuilder.InsertData(
                table: "Questions",
                columns: new[] { "Id", "CategoryId", "IsCanonical", "Text", "Variants" },
                values: new object[,]
                {
                    { 1, 1, true, "Describe the project you are most proud of.", "[]" },
                    { 2, 1, true, "What is your most significant accomplishment?", "[]" },
                    { 3, 1, true, "Tell me about the biggest impact you have had on a team or product.", "[]" },
                    { 4, 2, true, "Tell me about a conflict with a coworker.", "[]" },
                    { 5, 2, true, "Describe a time you worked with someone who was difficult to work with.", "[]" },
                    { 6, 2, true, "Tell me about two teams that could not agree on a path forward.", "[]" },
                    { 7, 3, true, "Describe a disagreement with your manager and how it was resolved.", "[]" },
                    { 8, 3, true, "Tell me about a time you pushed back on a decision.", "[]" },
                    { 9, 3, true, "Tell me about a time you disagreed and committed anyway.", "[]" },
                    { 10, 4, true, "Tell me about a piece of feedback you gave to a manager or peer.", "[]" },
                    { 11, 4, true, "What is the most useful critical feedback you have received?", "[]" },
                    { 12, 4, true, "Tell me about a time you acted on feedback.", "[]" },
                    { 13, 5, true, "Tell me about a mistake you made.", "[]" },
                    { 14, 5, true, "Describe a project that failed and what you learned.", "[]" },
                    { 15, 5, true, "Tell me about a decision you would make differently today.", "[]" },
                    { 16, 6, true, "Tell me about a project that was over your head.", "[]" },
                    { 17, 6, true, "Describe a time you had to act without enough information.", "[]" },
                    { 18, 6, true, "Tell me about learning something new under time pressure.", "[]" },
                    { 19, 7, true, "Tell me about a failing project that you turned around.", "[]" },
                    { 20, 7, true, "Describe a time you took on something outside your role.", "[]" },
                    { 21, 7, true, "Tell me about a time you acted without being asked.", "[]" },
                    { 22, 8, true, "Tell me about a time you delivered under a tight deadline.", "[]" },
                    { 23, 8, true, "Describe something you kept at for months despite setbacks.", "[]" },
                    { 24, 8, true, "Tell me about a goal you did not meet.", "[]" },
                    { 25, 9, true, "How do you decide what to work on next?", "[]" },
                    { 26, 9, true, "Tell me about a trade-off between quality and speed.", "[]" },
                    { 27, 9, true, "Describe a time you cut scope to deliver.", "[]" },
                    { 28, 10, true, "Tell me about a time you went beyond a customer's expectations.", "[]" },
                    { 29, 10, true, "Describe a time you changed a plan because of what users needed.", "[]" },
                    { 30, 10, true, "How did you find out what your users really wanted?", "[]" },
                    { 31, 11, true, "Tell me about a difficult problem you faced and how you solved it.", "[]" },
                    { 32, 11, true, "What is the hardest bug you have tracked down?", "[]" },
                    { 33, 11, true, "Describe a time you found the root cause others missed.", "[]" },
                    { 34, 12, true, "How have you grown people on your team?", "[]" },
                    { 35, 12, true, "Tell me about a time you led a team through a hard change.", "[]" },
                    { 36, 12, true, "Describe how you helped an underperformer.", "[]" },
                    { 37, 13, true, "Tell me about a time you influenced a decision without authority.", "[]" },
                    { 38, 13, true, "Describe how you got buy-in across several teams.", "[]" },
                    { 39, 13, true, "Tell me about explaining something complex to a non-technical audience.", "[]" },
                    { 40, 14, true, "Why do you want to work here?", "[]" },
                    { 41, 14, true, "Why are you leaving your current role?", "[]" },
                    { 42, 14, true, "What kind of work energizes you?", "[]" },
                    { 43, 15, true, "What are your greatest strengths?", "[]" },
                    { 44, 15, true, "What would your colleagues say you are best at?", "[]" },
                    { 45, 16, true, "What is your biggest weakness?", "[]" },
                    { 46, 16, true, "What are you working to improve right now?", "[]" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Categories_Slug",
                table: "Categories",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_CategoryId",
                table: "Questions",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Text",
                table: "Questions",
                column: "Text");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_CategoryId",
                table: "Stories",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_UpdatedAt",
                table: "Stories",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StoryQuestions_StoriesId",
                table: "StoryQuestions",
                column: "StoriesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoryQuestions");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "Categories");
        }
    }
}
