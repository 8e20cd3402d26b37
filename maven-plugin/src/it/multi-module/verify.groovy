// Two modules, one change in each: module-a's is tested, module-b's is not. One report for the reactor,
// at the top, with both modules' coverage; failOn none keeps the build green.
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/reviewbot')

assert log.contains('BUILD SUCCESS')
// bound in the parent: the parent and module-a leave it to module-b, the last one
assert log.count('reviewbot: runs once, in the reactor') == 2 : log
assert log.count('reviewbot: patch coverage from 2 JaCoCo report(s) of the reactor') == 1 : log
assert log.contains('reviewbot: fail-on none;')
assert !new File(basedir, 'module-a/target/reviewbot').exists()
assert !new File(basedir, 'module-b/target/reviewbot').exists()

['report.txt', 'report.json', 'report.md'].each { assert new File(reports, it).isFile() : "missing $it" }
assert !new File(reports, 'report.sarif').exists()

// module-b's new lines are not covered: a coverage-delta finding on them, and the patch coverage gate fails
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
def uncovered = json.findings.findAll { it.ruleId == 'coverage-delta' && it.path == 'module-b/src/main/java/com/example/b/Labels.java' }
assert !uncovered.isEmpty() : json.findings
assert !json.findings.any { it.ruleId == 'coverage-delta' && it.path == 'module-a/src/main/java/com/example/a/Counter.java' } : json.findings

// the text report ends with the patch coverage of both modules' files
def text = new File(reports, 'report.txt').text
assert text.contains('module-a/src/main/java/com/example/a/Counter.java') : text
assert text.contains('module-b/src/main/java/com/example/b/Labels.java') : text
assert text.contains('below the minimum of 80%') : text
true
