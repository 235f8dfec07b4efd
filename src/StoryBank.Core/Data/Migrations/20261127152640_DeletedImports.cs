using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeletedImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeletedImports",
                columns: table => new
                {
                    ImportKey = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletedImports", x => x.ImportKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeletedImports");
        }
    }
}
