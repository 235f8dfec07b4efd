using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportRoleChoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportRoleChoices",
                columns: table => new
                {
                    FileName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRoleChoices", x => x.FileName);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportRoleChoices");
        }
    }
}
