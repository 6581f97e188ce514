# A sweep's script: each instance gets one row of params.csv as variables.
#   batchctl run --each examples/params.csv --script examples/score.sh
echo "scoring $sample at threshold $threshold (instance $BATCH_TASK_INSTANCE_INDEX)"
