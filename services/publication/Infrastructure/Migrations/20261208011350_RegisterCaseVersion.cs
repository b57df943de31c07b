using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Publication.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RegisterCaseVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "register_cases",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "register_cases");
        }
    }
}
