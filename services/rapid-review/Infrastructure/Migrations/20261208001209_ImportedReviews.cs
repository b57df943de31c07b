using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ImportedReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_reviews",
                columns: table => new
                {
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notified_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    rapid_review_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    on_time = table.Column<bool>(type: "boolean", nullable: true),
                    outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    review_decided_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    report_to_partnership = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_reviews", x => new { x.partnership, x.reference });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_reviews");
        }
    }
}
