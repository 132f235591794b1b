using System.CommandLine;
using System.Globalization;
using Picket.Screening.Matching;
using Picket.Store.Queries;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket query company NAME|ID --db FILE [--json]</c>: a company <c>picket analyze</c> stored (from the lists' owner
/// links and the registry), its list entries, its ships and each ship's risk and events. NAME is matched as the screener
/// matches names (legal forms, spelling variants); ID is a list entry id (<c>ofac-24516</c>) or a company key.
/// </summary>
internal static class QueryCompanyCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("NAME|ID") { Description = "Company name (matched fuzzily) or list entry id such as ofac-24516" };
        var db = new Option<string>("--db") { Description = "The store (a DuckDB file)", DefaultValueFactory = _ => "picket.duckdb" };
        var json = new Option<bool>("--json") { Description = "JSON to standard output" };
        var command = new Command("company", "A company's ships, their events and risk, and its list entries.") { key, db, json };
        command.SetAction(parse => QueryCommand.WithStore(parse.GetValue(db)!, store =>
        {
            var text = parse.GetValue(key)!;
            var reports = CompanyQuery.Find(store, text, (a, b) => NameScorer.Default.Compare(a, b).Score);
            if (parse.GetValue(json)) QueryCommand.WriteJson(w => CompanyQueryJson.WriteCompanies(w, reports));
            else CompanyQueryText.Companies(Console.Out, reports);
            if (reports.Count == 0 && !parse.GetValue(json))
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"picket query company: no company in the store matches '{text}'"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
