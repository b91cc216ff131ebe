package io.fleet.dispatch.registry;

/** How a car leaves the official fleet (处置方式). */
public enum DisposalMethod {
    /** Sold at public auction (拍卖). */
    AUCTION,
    /** Scrapped (报废). */
    SCRAP,
    /** Transferred out of the official fleet (划转), e.g. to a public institution. */
    TRANSFER
}
