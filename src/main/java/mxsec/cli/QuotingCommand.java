package mxsec.cli;

import picocli.CommandLine.Mixin;

/** A query command that prints facts in full and so takes {@code --quote}: show, the profiles, facts. */
abstract class QuotingCommand extends QueryCommand {
    @Mixin
    QuoteOptions quote;

    @Override
    protected QuoteOptions quoteOptions() {
        return quote;
    }
}
