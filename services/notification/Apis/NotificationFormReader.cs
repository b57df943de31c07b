using Safeguarding.Notification.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>Reads the national form from JSON field by field, collecting one message per bad field.</summary>
public static class NotificationFormReader
{
    /// <summary>
    /// Reads and checks the form. <paramref name="notifiedOn"/> is the day the notification is (or
    /// was) made: awareness cannot be after it, and lateness is judged against it.
    /// </summary>
    public static NotificationForm? Read(JsonInput input, DateOnly notifiedOn, WorkingDayCalendar calendar)
    {
        var notifierInput = input.Object("notifier", required: true);
        var notifier = notifierInput is null ? null : ReadNotifier(notifierInput);
        var becameAwareOn = input.Date("becameAwareOn", required: true);
        var incidentOn = input.Date("incidentOn", required: true);
        var incidentTime = input.Time("incidentTime", required: false);
        var incidentPlace = input.String("incidentPlace", required: true, maxLength: 500);
        var nature = input.OneOf("nature", required: true, IncidentNatureNames.ByName);
        var criteriaInput = input.Object("criteria", required: true);
        var criteria = criteriaInput is null ? null : ReadCriteria(criteriaInput);
        var childInputs = input.Objects("children", required: true, minItems: 1, maxItems: int.MaxValue);
        if (childInputs is { Count: > NotificationForm.MaxChildrenInDetail })
        {
            input.AddError("children", $"Up to {NotificationForm.MaxChildrenInDetail} children are described in detail; describe further children in furtherChildren.");
            childInputs = null;
        }

        var numberOfChildren = input.Integer("numberOfChildren", required: true, min: 1, max: 50);
        var furtherChildren = input.String("furtherChildren", required: false, maxLength: 5_000);
        var caseOutline = input.String("caseOutline", required: true, maxLength: 10_000);
        var linkedCases = input.Strings("linkedCases", required: false, maxItems: 20, maxLength: 200) ?? [];
        var lateReason = input.String("lateReason", required: false, maxLength: 2_000);

        DateOnly? due = null;
        if (becameAwareOn is { } aware)
        {
            if (aware > notifiedOn)
            {
                input.AddError("becameAwareOn", "becameAwareOn cannot be after the day of notification.");
            }
            else
            {
                try
                {
                    due = calendar.NotificationDue(aware);
                }
                catch (DateOutsideCalendarException ex)
                {
                    input.AddError("becameAwareOn", $"becameAwareOn is outside the working-day calendar: {ex.Message}");
                }
            }
        }

        if (incidentOn is { } incident && becameAwareOn is { } awareOn && incident > awareOn)
        {
            input.AddError("incidentOn", "incidentOn cannot be after becameAwareOn.");
        }

        var children = childInputs?.Select(c => ReadChild(c, incidentOn)).ToList();
        if (children is not null && numberOfChildren is { } total)
        {
            if (total < children.Count)
            {
                input.AddError("numberOfChildren", "numberOfChildren cannot be fewer than the children described.");
            }
            else if (total > children.Count && furtherChildren is null)
            {
                input.AddError("furtherChildren", "furtherChildren must describe the children not described in detail.");
            }
        }

        if (criteria is not null && nature is not null && children is not null && children.All(c => c is not null))
        {
            CheckCriteria(input, criteria, nature.Value, children!);
        }

        if (!input.IsValid)
        {
            return null;
        }

        var late = notifiedOn > due!.Value;
        if (late && lateReason is null)
        {
            input.AddError("lateReason", $"The notification was due by {due:yyyy-MM-dd}: lateReason must say why it is late.");
            return null;
        }

        return new NotificationForm(notifier!, becameAwareOn!.Value, incidentOn!.Value, incidentTime, incidentPlace!, nature!.Value,
            criteria!, children!.Select(c => c!).ToList(), numberOfChildren!.Value, furtherChildren, caseOutline!, linkedCases,
            due.Value, late, late ? lateReason : null);
    }

    private static Notifier? ReadNotifier(JsonInput input)
    {
        var localAuthority = input.String("localAuthority", required: true, maxLength: 200);
        var name = input.String("name", required: true, maxLength: 200);
        var role = input.String("role", required: true, maxLength: 200);
        var telephone = input.String("telephone", required: true, maxLength: 40);
        var email = input.String("email", required: true, maxLength: 256);
        if (telephone is not null && (telephone.Count(char.IsAsciiDigit) < 7 || telephone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
        {
            input.AddError("telephone", "telephone must be a telephone number (digits, spaces, + ( ) -).");
        }

        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            input.AddError("email", "email must be an email address.");
        }

        return localAuthority is null || name is null || role is null || telephone is null || email is null
            ? null
            : new Notifier { LocalAuthority = localAuthority, Name = name, Role = role, Telephone = telephone, Email = email };
    }

    private static NotificationCriteria? ReadCriteria(JsonInput input)
    {
        var abuse = input.Boolean("abuseOrNeglectKnownOrSuspected", required: true);
        var harmed = input.Boolean("diedOrSeriouslyHarmed", required: true);
        var location = input.Name("location", required: false, NotificationVocabulary.Locations);
        var lookedAfterDeath = input.Boolean("lookedAfterChildDeath", required: false) ?? false;
        return abuse is null || harmed is null
            ? null
            : new NotificationCriteria
            {
                AbuseOrNeglectKnownOrSuspected = abuse.Value,
                DiedOrSeriouslyHarmed = harmed.Value,
                Location = location,
                LookedAfterChildDeath = lookedAfterDeath,
            };
    }

    private static void CheckCriteria(JsonInput input, NotificationCriteria criteria, IncidentNature nature, List<NotifiedChild> children)
    {
        if (criteria.LookedAfterChildDeath)
        {
            if (nature != IncidentNature.ChildDeath)
            {
                input.AddError("criteria", "criteria.lookedAfterChildDeath applies only when nature is child-death.");
            }

            if (!children.Any(c => c.LookedAfter))
            {
                input.AddError("criteria", "criteria.lookedAfterChildDeath needs a child described as lookedAfter.");
            }

            return;
        }

        var missing = new List<string>();
        if (!criteria.AbuseOrNeglectKnownOrSuspected)
        {
            missing.Add("abuse or neglect known or suspected");
        }

        if (!criteria.DiedOrSeriouslyHarmed)
        {
            missing.Add("the child died or was seriously harmed");
        }

        if (criteria.Location is null)
        {
            missing.Add("in the area, or normally resident and harmed outside England (location)");
        }

        if (missing.Count > 0)
        {
            input.AddError("criteria", $"The criteria for notification are not met: {string.Join("; ", missing)}. " +
                                       "Record a decision not to notify instead, or the death of a looked-after child (lookedAfterChildDeath).");
        }
    }

    private static NotifiedChild? ReadChild(JsonInput input, DateOnly? incidentOn)
    {
        var name = input.String("name", required: true, maxLength: 200);
        var dateOfBirth = input.Date("dateOfBirth", required: false);
        var ageYears = input.Integer("ageYears", required: false, min: 0, max: 17);
        var sex = input.Name("sex", required: true, NotificationVocabulary.Sexes);
        var ethnicity = input.Name("ethnicity", required: true, NotificationVocabulary.Ethnicities);
        var disability = input.Name("disability", required: true, NotificationVocabulary.Disability);
        var lookedAfter = input.Boolean("lookedAfter", required: true);
        var childProtectionPlan = input.Boolean("childProtectionPlan", required: true);
        var childInNeedPlan = input.Boolean("childInNeedPlan", required: true);
        var knownToAgencies = input.Strings("knownToAgencies", required: true, maxItems: 20, maxLength: 200);
        var placementType = input.Name("placementType", required: false, NotificationVocabulary.PlacementTypes);

        if (dateOfBirth is null && ageYears is null && !input.Has("dateOfBirth") && !input.Has("ageYears"))
        {
            input.AddError("dateOfBirth", "Give the child's dateOfBirth, or ageYears when it is not known.");
        }

        if (dateOfBirth is { } born && incidentOn is { } incident)
        {
            if (born > incident)
            {
                input.AddError("dateOfBirth", "dateOfBirth cannot be after incidentOn.");
            }
            else
            {
                var age = incident.Year - born.Year - (incident < born.AddYears(incident.Year - born.Year) ? 1 : 0);
                if (age > 17)
                {
                    input.AddError("dateOfBirth", "The child must have been under 18 at the incident.");
                }
                else if (ageYears is not null && ageYears != age)
                {
                    input.AddError("ageYears", "ageYears does not match dateOfBirth at incidentOn.");
                }
                else
                {
                    ageYears = age;
                }
            }
        }

        if (lookedAfter == true && placementType is null && !input.Has("placementType"))
        {
            input.AddError("placementType", "placementType is required for a looked-after child.");
        }
        else if (lookedAfter == false && placementType is not null)
        {
            input.AddError("placementType", "placementType applies only to a looked-after child.");
        }

        if (name is null || ageYears is null || sex is null || ethnicity is null || disability is null || lookedAfter is null
            || childProtectionPlan is null || childInNeedPlan is null || knownToAgencies is null)
        {
            return null;
        }

        return new NotifiedChild
        {
            Name = name,
            DateOfBirth = dateOfBirth,
            AgeYears = ageYears.Value,
            Sex = sex,
            Ethnicity = ethnicity,
            Disability = disability,
            LookedAfter = lookedAfter.Value,
            ChildProtectionPlan = childProtectionPlan.Value,
            ChildInNeedPlan = childInNeedPlan.Value,
            KnownToAgencies = knownToAgencies,
            PlacementType = placementType,
        };
    }
}
