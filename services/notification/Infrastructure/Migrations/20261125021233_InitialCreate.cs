using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Safeguarding.ServiceDefaults.Audit;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    client_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    roles = table.Column<string[]>(type: "text[]", nullable: false),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    operation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotent_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.sequence);
                });

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

            migrationBuilder.CreateTable(
                name: "serious_incident_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    local_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notifier_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notifier_role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notifier_telephone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notifier_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    became_aware_on = table.Column<DateOnly>(type: "date", nullable: false),
                    incident_on = table.Column<DateOnly>(type: "date", nullable: false),
                    incident_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    incident_place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    criteria_abuse_or_neglect = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_died_or_seriously_harmed = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    criteria_looked_after_child_death = table.Column<bool>(type: "boolean", nullable: false),
                    number_of_children = table.Column<int>(type: "integer", nullable: false),
                    further_children = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    case_outline = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    linked_cases = table.Column<List<string>>(type: "text[]", nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    notification_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    made_late = table.Column<bool>(type: "boolean", nullable: false),
                    late_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notified_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    retrospective = table.Column<bool>(type: "boolean", nullable: false),
                    new_evidence = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    amendment_count = table.Column<int>(type: "integer", nullable: false),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    children = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_serious_incident_notifications", x => x.id);
                });

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
                name: "IX_audit_entries_resource_type_resource_id_id",
                table: "audit_entries",
                columns: new[] { "resource_type", "resource_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_idempotent_requests_caller_key",
                table: "idempotent_requests",
                columns: new[] { "caller", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notification_amendments_notification_id_number",
                table: "notification_amendments",
                columns: new[] { "notification_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_event_id",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "sequence",
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_partnership_referred_at",
                table: "referrals",
                columns: new[] { "partnership", "referred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_partnership_created_at",
                table: "serious_incident_notifications",
                columns: new[] { "partnership", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_partnership_notified_on",
                table: "serious_incident_notifications",
                columns: new[] { "partnership", "notified_on" });

            migrationBuilder.CreateIndex(
                name: "IX_serious_incident_notifications_referral_id",
                table: "serious_incident_notifications",
                column: "referral_id");

            // The audit trail is append-only for every database user; the service's own role may only add to it.
            migrationBuilder.MakeAuditTrailAppendOnly();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailAppendOnly();

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "idempotent_requests");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "notification_amendments");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "serious_incident_notifications");
        }
    }
}
