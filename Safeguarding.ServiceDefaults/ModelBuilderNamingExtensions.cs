using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.Hosting;

public static class ModelBuilderNamingExtensions
{
    /// <summary>
    /// Gives every table, column, key and index a snake_case name, so that the schema reads naturally
    /// in psql and in operators' queries. Call it last in OnModelCreating; explicit names are kept.
    /// </summary>
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !table.Contains('_') && table.Any(char.IsUpper))
            {
                entity.SetTableName(SnakeCase(table));
            }

            if (entity.IsMappedToJson())
            {
                // A JSON document in one column: the column is named (on the document's root type
                // only; nested types live inside it); the document keeps its own keys.
                if (entity.FindOwnership()?.PrincipalEntityType.IsMappedToJson() == false
                    && entity.GetContainerColumnName() is { } container && container.Any(char.IsUpper))
                {
                    entity.SetContainerColumnName(SnakeCase(container));
                }

                continue;
            }

            foreach (var property in entity.GetProperties())
            {
                if (entity.IsOwned() && property.IsPrimaryKey()
                    && entity.GetTableName() == entity.FindOwnership()?.PrincipalEntityType.GetTableName()
                    // PostgreSQL's own row version (xmin), which Npgsql names itself.
                    || property.IsConcurrencyToken && property.ClrType == typeof(uint))
                {
                    // An owned type split into its owner's table shares the owner's key column.
                    continue;
                }

                var column = property.GetColumnName();
                if (column.Any(char.IsUpper))
                {
                    property.SetColumnName(SnakeCase(column));
                }
            }
        }

        return modelBuilder;
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
