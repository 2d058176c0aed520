package be.cpas.piis.platform.directory;

/** The region a municipality lies in; its code in the API is {@code flanders}, {@code wallonia} or {@code brussels}. */
public enum Region {
    FLANDERS, WALLONIA, BRUSSELS
}
