using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Publication.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ChildPopulationBenchmarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "child_populations",
                columns: table => new
                {
                    area_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    area_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    population = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_populations", x => new { x.area_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "partnership_areas",
                columns: table => new
                {
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    area_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnership_areas", x => new { x.partnership, x.area_code });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_populations");

            migrationBuilder.DropTable(
                name: "partnership_areas");
        }
    }
}
