// A tested change: the build passes, one report for check and one for scan, and the change's patch coverage is 100%.
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/reviewbot')

assert log.contains('BUILD SUCCESS')
assert log.contains('reviewbot: patch coverage from 1 JaCoCo report(s) of the reactor')
['report.txt', 'report.json', 'report.sarif'].each { assert new File(reports, it).isFile() : "missing $it" }

def text = new File(reports, 'report.txt').text
assert text.contains('No findings') : text
assert text.contains('src/main/java/com/example/greet/Greeter.java') : text
assert text.contains('| **Total** | **100.0% (3/3)** |') : text

def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
assert json.findings.isEmpty()

def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.runs[0].tool.driver.name == 'reviewbot'

// the scan reviewed both whole files, apart from check's report
def scan = new File(reports, 'scan/report.txt').text
assert scan.contains('No findings; 2 files analyzed.') : scan
true
