using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class NationalNotificationForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "amendment_count",
                table: "serious_incident_notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "children",
                table: "serious_incident_notifications",
                type: "jsonb",
                nullable: true,
                // Notifications made before the national form described no child in detail.
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<bool>(
                name: "criteria_abuse_or_neglect",
                table: "serious_incident_notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "criteria_died_or_seriously_harmed",
                table: "serious_incident_notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "criteria_location",
                table: "serious_incident_notifications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "criteria_looked_after_child_death",
                table: "serious_incident_notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "further_children",
                table: "serious_incident_notifications",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "incident_place",
                table: "serious_incident_notifications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<TimeOnly>(
                name: "incident_time",
                table: "serious_incident_notifications",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "linked_cases",
                table: "serious_incident_notifications",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "notified_by",
                table: "serious_incident_notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notifier_email",
                table: "serious_incident_notifications",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "notifier_name",
                table: "serious_incident_notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "notifier_role",
                table: "serious_incident_notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "notifier_telephone",
                table: "serious_incident_notifications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "serious_incident_notifications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Notified");

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_reason",
                table: "serious_incident_notifications",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "withdrawn_on",
                table: "serious_incident_notifications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "serious_incident_notifications",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "notification_amendments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    amended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    amended_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amended_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    changed_fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    before = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    after = table.Column<JsonDocument>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_amendments", x => x.id);
                    table.ForeignKey(
                        name: "FK_notification_amendments_serious_incident_notifications_noti~",
                        column: x => x.notification_id,
                        principalTable: "serious_incident_notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_partnership_notified_on",
                table: "serious_incident_notifications",
                columns: new[] { "partnership", "notified_on" });

            migrationBuilder.CreateIndex(
                name: "IX_notification_amendments_notification_id_number",
                table: "notification_amendments",
                columns: new[] { "notification_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notification_amendments");

            migrationBuilder.DropIndex(
                name: "IX_serious_incident_notifications_partnership_notified_on",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "amendment_count",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "children",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "criteria_abuse_or_neglect",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "criteria_died_or_seriously_harmed",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "criteria_location",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "criteria_looked_after_child_death",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "further_children",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "incident_place",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "incident_time",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "linked_cases",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "notified_by",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "notifier_email",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "notifier_name",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "notifier_role",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "notifier_telephone",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "status",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "withdrawal_reason",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "withdrawn_on",
                table: "serious_incident_notifications");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "serious_incident_notifications");
        }
    }
}
