namespace Picket.Ais.Nmea;

/// <summary>Why a line did not yield a message. Every line read ends in exactly one outcome, so the counts add up.</summary>
public enum RejectReason : byte
{
    /// <summary>Not rejected: the line gave a message, a fragment, a timestamp or was ignored.</summary>
    None = 0,
    /// <summary>Not an AIVDM/AIVDO sentence (another NMEA sentence, free text).</summary>
    NotAis,
    /// <summary>The sentence checksum does not match its content.</summary>
    BadChecksum,
    /// <summary>The sentence has no <c>*hh</c> checksum.</summary>
    MissingChecksum,
    /// <summary>Fields are missing: the line was cut short.</summary>
    Truncated,
    /// <summary>A header field (count, number, sequence id) is malformed.</summary>
    MalformedField,
    /// <summary>The fill-bit field is not 0–5.</summary>
    BadFillBits,
    /// <summary>The payload holds a character outside the armouring alphabet.</summary>
    BadPayloadCharacter,
    /// <summary>The sentence carries no payload.</summary>
    EmptyPayload,
    /// <summary>A message type the standard does not define (0, 28–63), or an invalid type 24 part number.</summary>
    UnknownType,
    /// <summary>The payload is shorter than its type allows, beyond the tolerance for real transmitters.</summary>
    TooShort,
    /// <summary>A later fragment with no matching first fragment, or fragments out of order.</summary>
    OrphanFragment,
    /// <summary>Fragments of a message that never completed; evicted by age, by pressure, or at end of input.</summary>
    StaleFragment,
    /// <summary>The line exceeds the maximum line length and was skipped.</summary>
    LineTooLong,
    /// <summary>The tag block is malformed (no closing backslash).</summary>
    BadTagBlock,
    /// <summary>The payload is longer than its type can be (type 27 is exactly 96 bits, ITU-R M.1371-5 Annex 8 §3.25).</summary>
    TooLong,
}

/// <summary>What one input line turned out to be.</summary>
public enum LineOutcome : byte
{
    /// <summary>A complete message is available.</summary>
    Message,
    /// <summary>A fragment was stored to await the rest of its message.</summary>
    Pending,
    /// <summary>A timestamp line (<c>$PGHP</c>) that sets the clock for the lines after it.</summary>
    Timestamp,
    /// <summary>A blank line or a comment (<c>#</c>).</summary>
    Ignored,
    /// <summary>The line was rejected; see <see cref="AisDecoder.LastRejectReason"/>.</summary>
    Rejected,
}
