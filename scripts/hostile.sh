#!/usr/bin/env bash
# Hostile inputs with time and memory limits (issue 24), run by CI (also a batch under process
# and address-space limits): each case must end with its
# expected exit code within its seconds and peak memory, on the release build. The limits are
# generous (ten times or more what this machine measures): they catch a return of exponential
# or quadratic work, or of memory that grows with what an input holds, not noise.
#
# Usage: scripts/hostile.sh [BINARY]   (default: the release build, built first)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
if [ -z "$binary" ]; then
  swift build -c release --product vpccost >/dev/null
  binary=$PWD/.build/release/vpccost
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, sys
out = sys.argv[1]
def write(name, text):
    with open(f"{out}/{name}", "w") as f:
        f.write(text)
# Conditions that fan out: C0..C6, each an And of 30 copies of the next.
lines = ["Conditions:"]
for level in range(6):
    lines.append(f"  C{level}: !And [" + ", ".join([f"!Condition C{level + 1}"] * 30) + "]")
lines.append("  C6: !Equals [a, a]")
lines += ["Resources:", "  T:", "    Type: AWS::SNS::Topic", "    Condition: C0"]
write("fan-out.yaml", "\n".join(lines) + "\n")
# 1,000 functions sharing a role of 50,000 actions.
lines = ["Resources:", "  Role:", "    Type: AWS::IAM::Role", "    Properties:",
         "      AssumeRolePolicyDocument: {}", "      Policies:", "        - PolicyName: p",
         "          PolicyDocument:", "            Statement:", "              - Effect: Allow",
         "                Resource: '*'", "                Action:"]
lines += [f"                  - sqs:Action{i}" for i in range(50000)]
for i in range(1000):
    lines += [f"  F{i}:", "    Type: AWS::Lambda::Function", "    Properties:",
              "      Role: !GetAtt Role.Arn", "      Runtime: python3.13", "      Handler: x",
              "      Code: {ZipFile: x}", "      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}"]
write("roles.yaml", "\n".join(lines) + "\n")
# 8,000 security groups, each with a separate ingress resource.
lines = ["Resources:"]
for i in range(8000):
    lines += [f"  G{i}:", "    Type: AWS::EC2::SecurityGroup", "    Properties: {GroupDescription: g, VpcId: vpc-1}",
              f"  I{i}:", "    Type: AWS::EC2::SecurityGroupIngress",
              f"    Properties: {{GroupId: !Ref G{i}, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}}"]
write("groups.yaml", "\n".join(lines) + "\n")
# A JSON template of 80,000 keys in one mapping.
write("keys.json", json.dumps({"Resources": {f"K{i}": {"Type": "AWS::SNS::Topic"} for i in range(80000)}}))
# A plain scalar continued after 400,000 spaces.
write("spaces.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Metadata:\n      Note: first\n" + " " * 400000 + "second\n")
# At the caps: 8 MB of security groups; a million and one tiny values.
blocks, size, index = ["Resources:"], 11, 0
while True:
    block = (f"  Sg{index}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n"
             f"      GroupDescription: !Sub '${{AWS::StackName}} group {index}'\n"
             f"      SecurityGroupIngress: [{{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}}]\n")
    if size + len(block) + 1 > (8 << 20):
        break
    blocks.append(block)
    size += len(block) + 1
    index += 1
write("cap-groups.yaml", "\n".join(blocks))
write("values.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Metadata:\n      L: ["
      + ",".join(["0"] * 1_000_001) + "]\n")
# Batch rows and objects of nothing but separators, a list of ten million zeros.
write("commas.csv", "name,gb\n" + "," * 20_000_000 + "\n")
write("header.csv", "," * 20_000_000 + "\n")
write("zeros.json", '[{"name": "a", "services": [' + ",".join(["0"] * 10_000_000) + "]}]")
PY

failures=0
# check NAME EXIT SECONDS MEGABYTES COMMAND...
check() {
  local name=$1 expected=$2 seconds=$3 megabytes=$4
  shift 4
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time" timeout "$seconds" "$@" > /dev/null 2> "$work/err" || status=$?
  local elapsed kilobytes
  read -r elapsed kilobytes < <(tail -1 "$work/time")
  local verdict=ok
  if [ "$status" -eq 124 ]; then
    verdict="FAILED: did not finish in $seconds s"
  elif [ "$status" -ne "$expected" ]; then
    verdict="FAILED: exit $status, expected $expected: $(grep -v '^vpccost: note' "$work/err" | head -1 || true)"
  elif [ "$kilobytes" -gt $((megabytes * 1024)) ]; then
    verdict="FAILED: $((kilobytes / 1024)) MB, limit $megabytes MB"
  fi
  printf '%-34s exit %3s %7s s %6s MB   %s\n' "$name" "$status" "$elapsed" "$((kilobytes / 1024))" "$verdict"
  [ "$verdict" = ok ] || failures=$((failures + 1))
}

review=("$binary" review --fail-on never --format json)
check "conditions fanning out (K=30)" 0 5 100 "${review[@]}" "$work/fan-out.yaml"
check "1,000 functions x 50,000 actions" 0 5 300 "${review[@]}" "$work/roles.yaml"
check "8,000 groups with ingress rules" 0 5 300 "${review[@]}" "$work/groups.yaml"
check "80,000 JSON keys" 0 5 400 "${review[@]}" "$work/keys.json"
check "400,000 spaces before a line" 0 5 100 "${review[@]}" "$work/spaces.yaml"
check "8 MB template (review)" 0 8 400 "${review[@]}" "$work/cap-groups.yaml"
check "8 MB template (cfn-json)" 0 8 400 "$binary" cfn-json "$work/cap-groups.yaml" --output "$work/out.json"
check "1,000,001 values" 65 10 300 "${review[@]}" "$work/values.yaml"
check "a 20 MB row of commas" 65 10 64 "$binary" batch "$work/commas.csv" --output "$work/out.csv"
check "a 20 MB header of commas" 65 10 64 "$binary" batch "$work/header.csv" --output "$work/out.csv"
check "a list of 10^7 zeros" 65 10 64 "$binary" batch "$work/zeros.json" --output "$work/out.csv"
# No thread to spare: under a process limit (as another user: root is not held to one) the
# batch runs on its own thread; under an address-space limit its threads share one malloc
# arena. The build before issue 24 waited for ever in Dispatch under both.
python3 Benchmarks/make-batch-input.py 100000 "$work/rows.csv"
chmod 755 "$work"
chmod 644 "$work/rows.csv"
if [ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null; then
  for processes in 1 2; do
    check "batch under ulimit -u $processes" 0 30 200 setpriv --reuid=65534 --regid=65534 \
      --clear-groups bash -c "ulimit -u $processes; exec '$binary' batch '$work/rows.csv' --summary --output /dev/null"
  done
fi
for run in 1 2 3; do
  for kilobytes in 150000 190000 250000; do
    check "batch under ulimit -v $kilobytes ($run)" 0 30 200 bash -c \
      "ulimit -v $kilobytes; exec '$binary' batch '$work/rows.csv' --output '$work/rows-out.csv'"
  done
done

if [ "$failures" -gt 0 ]; then
  echo "hostile.sh: $failures case(s) failed" >&2
  exit 1
fi
echo "hostile.sh: every case within its limits"
