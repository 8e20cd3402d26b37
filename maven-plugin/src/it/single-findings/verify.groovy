// The change has a method over the configured parameter limit: skipped, passed at failOn=error, failed at warning.
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/reviewbot')

assert log.contains('reviewbot: skipped')
assert log.contains('reviewbot: fail-on error;')
// the failing run: the finding in the log and in the failure message, then BUILD FAILURE
assert log.contains("src/main/java/com/example/shop/Prices.java:11: warning [argument-count]")
assert log.contains('reviewbot: findings at or above warning (failOn) in working tree against main')
assert log.contains('BUILD FAILURE')

['report.txt', 'report.json', 'report.sarif', 'report.checkstyle.xml', 'report.md'].each {
    assert new File(reports, it).isFile() : "missing $it"
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
assert json.tool.version == pluginVersion
assert json.findings.any { it.ruleId == 'argument-count' && it.path == 'src/main/java/com/example/shop/Prices.java' } : json.findings
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'argument-count' }
assert new File(reports, 'report.checkstyle.xml').text.contains('argument-count')
true
