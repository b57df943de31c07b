using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PartnershipIsolation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_serious_incident_notifications_created_at",
                table: "serious_incident_notifications");

            migrationBuilder.AddColumn<string>(
                name: "partnership",
                table: "serious_incident_notifications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_partnership_created_at",
                table: "serious_incident_notifications",
                columns: new[] { "partnership", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_serious_incident_notifications_partnership_created_at",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "partnership",
                table: "serious_incident_notifications");

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_created_at",
                table: "serious_incident_notifications",
                column: "created_at");
        }
    }
}
