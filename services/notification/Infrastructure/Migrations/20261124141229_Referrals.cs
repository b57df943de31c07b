using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "new_evidence",
                table: "serious_incident_notifications",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "referral_id",
                table: "serious_incident_notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "retrospective",
                table: "serious_incident_notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    referring_agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_telephone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    what_happened = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    happened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reasons_for_referral = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    referred_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decision_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: true),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notified_retrospectively = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    children = table.Column<string>(type: "jsonb", nullable: true),
                    decision_not_to_notify = table.Column<string>(type: "jsonb", nullable: true),
                    escalation = table.Column<string>(type: "jsonb", nullable: true),
                    learning_route = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_referral_id",
                table: "serious_incident_notifications",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_partnership_referred_at",
                table: "referrals",
                columns: new[] { "partnership", "referred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_serious_incident_notifications_referral_id",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "new_evidence",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "referral_id",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "retrospective",
                table: "serious_incident_notifications");
        }
    }
}
