package io.rapporteur.catalog.consume;

import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.fact.Fact;

import java.util.List;

/** What a consumed record asks of the catalog, once read and checked. */
public sealed interface Incoming {

    record Document(DocumentSubmitted document) implements Incoming {
    }

    record Withdrawal(DocumentWithdrawalRequested request) implements Incoming {
    }

    /** The complete fact set of one document: it replaces whatever the catalog holds from that document. */
    record Facts(String documentId, String extractorVersion, List<Fact> facts) implements Incoming {
    }

    /** A record the catalog cannot read; it goes to the dead-letter topic with this reason. */
    record Poison(String reason) implements Incoming {
    }
}
