namespace Picket.Web.Security;

/// <summary>Every error answer's body: <c>{"error": "what went wrong"}</c>.</summary>
internal sealed record ApiError(string Error);
