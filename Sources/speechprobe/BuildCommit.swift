/// The commit this binary was built from. nil in the repository; `scripts/package` writes the commit here for
/// the build it packages and puts the file back afterwards, so only this target is rebuilt.
let buildCommit: String? = nil
