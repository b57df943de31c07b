using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ImportedReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_referrals",
                columns: table => new
                {
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    referred_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    decision = table.Column<string>(type: "text", nullable: true),
                    decided_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    notified_on = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    nature = table.Column<string>(type: "text", nullable: true),
                    abuse_or_neglect_suspected = table.Column<bool>(type: "boolean", nullable: true),
                    looked_after = table.Column<bool>(type: "boolean", nullable: true),
                    has_outcome = table.Column<bool>(type: "boolean", nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_referrals", x => new { x.partnership, x.reference });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_referrals");
        }
    }
}
