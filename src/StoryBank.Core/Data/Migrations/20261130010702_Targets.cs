using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Targets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetencyModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Competencies = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InterviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ModelName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhyCompanyStoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    WhyRoleStoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Targets_Stories_WhyCompanyStoryId",
                        column: x => x.WhyCompanyStoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Targets_Stories_WhyRoleStoryId",
                        column: x => x.WhyRoleStoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TargetCompetencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CategorySlugs = table.Column<string>(type: "TEXT", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetCompetencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetCompetencies_Targets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "Targets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetCompetencyStories",
                columns: table => new
                {
                    StoriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetCompetencyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetCompetencyStories", x => new { x.StoriesId, x.TargetCompetencyId });
                    table.ForeignKey(
                        name: "FK_TargetCompetencyStories_Stories_StoriesId",
                        column: x => x.StoriesId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TargetCompetencyStories_TargetCompetencies_TargetCompetencyId",
                        column: x => x.TargetCompetencyId,
                        principalTable: "TargetCompetencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyModels_Name",
                table: "CompetencyModels",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetCompetencies_TargetId_SortOrder",
                table: "TargetCompetencies",
                columns: new[] { "TargetId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetCompetencyStories_TargetCompetencyId",
                table: "TargetCompetencyStories",
                column: "TargetCompetencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_WhyCompanyStoryId",
                table: "Targets",
                column: "WhyCompanyStoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_WhyRoleStoryId",
                table: "Targets",
                column: "WhyRoleStoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetencyModels");

            migrationBuilder.DropTable(
                name: "TargetCompetencyStories");

            migrationBuilder.DropTable(
                name: "TargetCompetencies");

            migrationBuilder.DropTable(
                name: "Targets");
        }
    }
}
