using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Safeguarding.ServiceDefaults.Audit;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
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
                name: "case_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    local_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    target_completion_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    methodology = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    terms_of_reference_agreed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    panel_meetings = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    draft_report_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    costs = table.Column<string>(type: "jsonb", nullable: true),
                    family_involvement = table.Column<string>(type: "jsonb", nullable: true),
                    parallel_proceedings = table.Column<string>(type: "jsonb", nullable: true),
                    practitioner_learning_event = table.Column<string>(type: "jsonb", nullable: true),
                    report = table.Column<string>(type: "jsonb", nullable: true),
                    reviewer = table.Column<string>(type: "jsonb", nullable: true),
                    slippages = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_reviews", x => x.id);
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
                name: "meeting_paper_contents",
                columns: table => new
                {
                    paper_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_paper_contents", x => x.paper_id);
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
                name: "rapid_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    local_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    retrospective = table.Column<bool>(type: "boolean", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_because = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    contributions = table.Column<string>(type: "jsonb", nullable: true),
                    decision = table.Column<string>(type: "jsonb", nullable: true),
                    meeting = table.Column<string>(type: "jsonb", nullable: true),
                    meeting_plan = table.Column<string>(type: "jsonb", nullable: true),
                    panel_response = table.Column<string>(type: "jsonb", nullable: true),
                    recommendation = table.Column<string>(type: "jsonb", nullable: true),
                    submission = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "withdrawn_notifications",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_withdrawn_notifications", x => x.notification_id);
                });

            migrationBuilder.CreateTable(
                name: "contribution_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agency_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    due_day = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contribution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contribution_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_contribution_requests_rapid_reviews_rapid_review_id",
                        column: x => x.rapid_review_id,
                        principalTable: "rapid_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rapid_review_milestones",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_review_milestones", x => new { x.rapid_review_id, x.code });
                    table.ForeignKey(
                        name: "FK_rapid_review_milestones_rapid_reviews_rapid_review_id",
                        column: x => x.rapid_review_id,
                        principalTable: "rapid_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_resource_type_resource_id_id",
                table: "audit_entries",
                columns: new[] { "resource_type", "resource_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_case_reviews_partnership_decided_on",
                table: "case_reviews",
                columns: new[] { "partnership", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "IX_case_reviews_rapid_review_id",
                table: "case_reviews",
                column: "rapid_review_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contribution_requests_agency",
                table: "contribution_requests",
                column: "agency");

            migrationBuilder.CreateIndex(
                name: "IX_contribution_requests_rapid_review_id",
                table: "contribution_requests",
                column: "rapid_review_id");

            migrationBuilder.CreateIndex(
                name: "IX_contribution_requests_received_at_due_on",
                table: "contribution_requests",
                columns: new[] { "received_at", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_meeting_paper_contents_rapid_review_id",
                table: "meeting_paper_contents",
                column: "rapid_review_id");

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
                name: "IX_rapid_reviews_notification_id",
                table: "rapid_reviews",
                column: "notification_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_reviews_referral_id",
                table: "rapid_reviews",
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
                name: "case_reviews");

            migrationBuilder.DropTable(
                name: "contribution_requests");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "meeting_paper_contents");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "rapid_review_milestones");

            migrationBuilder.DropTable(
                name: "withdrawn_notifications");

            migrationBuilder.DropTable(
                name: "rapid_reviews");
        }
    }
}
