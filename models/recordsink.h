#pragma once

#include "record.h"

#include <QVector>

#include <functional>

// Where records go as they are made, a batch at a time (an import hands them to the store
// while it converts the rest).
using RecordSink = std::function<void(QVector<Record> &&batch)>;
