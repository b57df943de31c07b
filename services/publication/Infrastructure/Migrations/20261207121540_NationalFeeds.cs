using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.Publication.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class NationalFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "submissions",
                table: "publications",
                type: "jsonb",
                nullable: true);

            // Publications made before the report was sent through the feeds have sent nothing through them.
            migrationBuilder.Sql("UPDATE publications SET submissions = '[]' WHERE submissions IS NULL;");

            migrationBuilder.CreateTable(
                name: "feed_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    transaction = table.Column<ulong>(type: "xid8", nullable: false, defaultValueSql: "pg_current_xact_id()"),
                    recipient = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feed_readers",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    read_transaction = table.Column<decimal>(type: "numeric(20,0)", nullable: false),
                    read_sequence = table.Column<long>(type: "bigint", nullable: false),
                    last_read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_readers", x => x.recipient);
                });

            migrationBuilder.CreateTable(
                name: "feed_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    endpoint = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    secret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    declared = table.Column<bool>(type: "boolean", nullable: false),
                    event_types = table.Column<List<string>>(type: "text[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feed_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    feed_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    replayed_after = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_feed_deliveries_feed_items_feed_item_id",
                        column: x => x.feed_item_id,
                        principalTable: "feed_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_feed_deliveries_feed_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "feed_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_feed_deliveries_feed_item_id",
                table: "feed_deliveries",
                column: "feed_item_id");

            migrationBuilder.CreateIndex(
                name: "IX_feed_deliveries_status_next_attempt_at",
                table: "feed_deliveries",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_feed_deliveries_subscription_id",
                table: "feed_deliveries",
                column: "subscription_id");

            migrationBuilder.CreateIndex(
                name: "IX_feed_items_recipient_transaction_sequence",
                table: "feed_items",
                columns: new[] { "recipient", "transaction", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_feed_items_source_event_id_recipient_type",
                table: "feed_items",
                columns: new[] { "source_event_id", "recipient", "type" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feed_deliveries");

            migrationBuilder.DropTable(
                name: "feed_readers");

            migrationBuilder.DropTable(
                name: "feed_items");

            migrationBuilder.DropTable(
                name: "feed_subscriptions");

            migrationBuilder.DropColumn(
                name: "submissions",
                table: "publications");
        }
    }
}
