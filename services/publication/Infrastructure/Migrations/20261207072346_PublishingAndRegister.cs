using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Publication.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PublishingAndRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "decided_on",
                table: "publications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delays",
                table: "publications",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "learning_themes",
                table: "publications",
                type: "text[]",
                nullable: false,
                // Publications opened before this column existed carry none.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "not_publishing",
                table: "publications",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_by",
                table: "publications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "published_on",
                table: "publications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "recommendations",
                table: "publications",
                type: "text[]",
                nullable: false,
                // Publications opened before this column existed carry none.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "register",
                table: "publications",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "decided_on",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "delays",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "learning_themes",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "not_publishing",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "published_by",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "published_on",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "recommendations",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "register",
                table: "publications");
        }
    }
}
