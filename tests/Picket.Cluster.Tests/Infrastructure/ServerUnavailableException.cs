namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// A server a test needs (Redis, PostgreSQL) cannot be started on this machine: its binary is missing, or it exited
/// or stayed silent at start. The message says which and how to get it; tests turn it into a skip with that reason.
/// </summary>
public sealed class ServerUnavailableException(string message) : Exception(message);
